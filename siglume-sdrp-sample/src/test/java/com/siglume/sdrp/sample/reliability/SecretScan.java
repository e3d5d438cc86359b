package com.siglume.sdrp.sample.reliability;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds tokens and secrets in text. What counts as one:
 * <ul>
 *   <li>every token and secret value the project's tests configure, collected from their
 *       sources: {@code whsec_...} literals, arguments of {@code token(..)}, {@code secret(..)}
 *       and the like, {@code *-token=} / {@code *-secret=} properties, {@code SIGLUME_*_TOKEN} /
 *       {@code SIGLUME_*_SECRET} environment pairs, and constants named {@code *TOKEN*},
 *       {@code *SECRET*} or {@code *CANARY*};</li>
 *   <li>any {@code whsec_} secret and any {@code Bearer} credential, whatever its value, so
 *       that secrets made at run time are caught too.</li>
 * </ul>
 * The one exception is {@link #PUBLIC_SANDBOX_SECRET}: the sandbox command line prints it on
 * purpose, as a line to paste, and the sandbox guide documents it as public.
 */
final class SecretScan {

    /** The sandbox's documented, public webhook secret. */
    static final String PUBLIC_SANDBOX_SECRET = "whsec_sandbox_local";

    private static final int MIN_LENGTH = 7;

    private static final List<Pattern> HARVEST = List.of(
            Pattern.compile("\"(whsec_[A-Za-z0-9][^\"\\s]*)\""),
            Pattern.compile("\\.(?:token|secret|merchantAuthToken|authToken|webhookSecret|challengeSecret)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("(?:merchant-auth-token|auth-token|challenge-secret|webhook\\.secret|additional-secrets)=([^\"\\s,]+)"),
            Pattern.compile("\"SIGLUME_(?:MERCHANT_AUTH_TOKEN|AUTH_TOKEN|WEBHOOK_SECRET|DIRECT_PAYMENT_CHALLENGE_SECRET)\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("static final String \\w*(?:TOKEN|SECRET|CANARY)\\w*\\s*=\\s*\"([^\"]+)\""));

    private static final Pattern ANY_WEBHOOK_SECRET = Pattern.compile("whsec_[A-Za-z0-9][A-Za-z0-9_]*");
    private static final Pattern BEARER = Pattern.compile("Bearer\\s+[A-Za-z0-9._~+/=-]{6,}");

    /**
     * A secret found in a file. Its description masks the secret, so that a failing scan does
     * not itself write the secret into the test output it scans next time.
     */
    record Finding(Path file, String secret, int offset) {

        @Override
        public String toString() {
            return file.getFileName() + " at character " + offset + ": " + secret.substring(0, Math.min(4, secret.length()))
                    + "... (" + secret.length() + " characters)";
        }
    }

    private final Set<String> secrets;

    private SecretScan(Set<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * Collects the secrets configured in the test sources of the given modules.
     *
     * @param moduleDirs module directories, each with {@code src/test/java}
     */
    static SecretScan fromTestSources(List<Path> moduleDirs) {
        Set<String> found = new TreeSet<>();
        for (Path module : moduleDirs) {
            Path sources = module.resolve("src/test/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    for (Pattern pattern : HARVEST) {
                        Matcher matcher = pattern.matcher(text);
                        while (matcher.find()) {
                            found.add(matcher.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The token of every embedded sandbox, the one the sample shop runs with.
        found.add(SiglumeSandbox.DEFAULT_MERCHANT_AUTH_TOKEN);
        found.removeIf(value -> value.length() < MIN_LENGTH || value.equals(PUBLIC_SANDBOX_SECRET)
                || value.startsWith("SIGLUME_") || value.contains("%") || value.contains("$"));
        return new SecretScan(found);
    }

    /** The collected secret values. */
    Set<String> secrets() {
        return secrets;
    }

    /** Scans one file. */
    List<Finding> scan(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> findings = new ArrayList<>();
        for (String secret : secrets) {
            int at = text.indexOf(secret);
            if (at >= 0) {
                findings.add(new Finding(file, secret, at));
            }
        }
        Matcher webhookSecret = ANY_WEBHOOK_SECRET.matcher(text);
        while (webhookSecret.find()) {
            if (!webhookSecret.group().equals(PUBLIC_SANDBOX_SECRET) && !secrets.contains(webhookSecret.group())) {
                findings.add(new Finding(file, webhookSecret.group(), webhookSecret.start()));
            }
        }
        Matcher bearer = BEARER.matcher(text);
        while (bearer.find()) {
            findings.add(new Finding(file, bearer.group(), bearer.start()));
        }
        return findings;
    }
}
