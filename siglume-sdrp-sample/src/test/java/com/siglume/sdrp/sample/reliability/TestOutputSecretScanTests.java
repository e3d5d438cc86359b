package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No token or secret in anything the test suites printed: every log line, every stack trace,
 * every test name, in the surefire reports of all four modules.
 *
 * <p>Surefire writes each test class's output (and its name, properties and any failure) into
 * its {@code TEST-*.xml} report as soon as the class ends. The sample is the last module the
 * build tests, and surefire runs its classes in alphabetical order, so when this class runs the
 * reports of core, starter and sandbox are complete and those of every sample class before this
 * one are written. The secrets looked for are the ones the tests configure (collected from the
 * test sources, see {@link SecretScan}), plus any {@code whsec_} secret and any {@code Bearer}
 * credential.
 */
class TestOutputSecretScanTests {

    private static final List<String> MODULES = List.of("siglume-sdrp-core", "siglume-sdrp-spring-boot-starter",
            "siglume-sdrp-sandbox", "siglume-sdrp-sample");

    @Test
    void noTokenOrSecretInAnyTestOutputOfTheBuild() throws Exception {
        Path testClasses = Path.of(TestOutputSecretScanTests.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        String buildDirectory = testClasses.getParent().getFileName().toString();
        Path root = testClasses.getParent().getParent().getParent();
        List<Path> modules = MODULES.stream().map(root::resolve).toList();
        SecretScan scan = SecretScan.fromTestSources(modules);

        Map<String, Integer> reportsPerModule = new LinkedHashMap<>();
        List<SecretScan.Finding> findings = new ArrayList<>();
        long bytes = 0;
        for (Path module : modules) {
            Path reports = module.resolve(buildDirectory).resolve("surefire-reports");
            List<Path> files = reportFiles(reports);
            reportsPerModule.put(module.getFileName().toString(), files.size());
            for (Path file : files) {
                bytes += Files.size(file);
                findings.addAll(scan.scan(file));
            }
        }
        System.out.printf("[reliability] secret scan of the test output: %d secrets and tokens collected from the"
                + " test sources; %d report files, %d bytes; reports per module %s; findings: %d%n",
                scan.secrets().size(), reportsPerModule.values().stream().mapToInt(Integer::intValue).sum(), bytes,
                reportsPerModule, findings.size());

        assertThat(scan.secrets()).as("secrets collected from the test sources").hasSizeGreaterThan(20);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            // A CI build tests every module before the sample: each must have left its reports.
            assertThat(reportsPerModule.values()).as("reports per module " + reportsPerModule)
                    .allSatisfy(count -> assertThat(count).isPositive());
        }
        assertThat(findings).as("tokens or secrets in test output").isEmpty();
    }

    @Test
    void theScanFindsASecretThatWasLogged(@TempDir Path directory) throws IOException, URISyntaxException {
        Path testClasses = Path.of(TestOutputSecretScanTests.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path root = testClasses.getParent().getParent().getParent();
        SecretScan scan = SecretScan.fromTestSources(MODULES.stream().map(root::resolve).toList());
        Path report = directory.resolve("TEST-planted.xml");
        Files.writeString(report, String.join("\n",
                "<system-out><![CDATA[",
                "INFO c.s.s.s.webhook.SiglumeWebhookProcessor : verifying with secret whsec_test_starter_secret",
                "DEBUG o.s.web.client.RestClient : Authorization: Bearer merchant_token_never_shown",
                "WARN a.b.C : generated secret whsec_made_at_run_time_1",
                "SIGLUME_WEBHOOK_SECRET=" + SecretScan.PUBLIC_SANDBOX_SECRET,
                "]]></system-out>"), StandardCharsets.UTF_8);

        List<SecretScan.Finding> findings = scan.scan(report);

        assertThat(scan.secrets()).contains("whsec_test_starter_secret", "merchant_token_never_shown",
                "sandbox_merchant_token").doesNotContain(SecretScan.PUBLIC_SANDBOX_SECRET);
        assertThat(findings).extracting(SecretScan.Finding::secret).contains("whsec_test_starter_secret",
                "merchant_token_never_shown", "Bearer merchant_token_never_shown", "whsec_made_at_run_time_1")
                .doesNotContain(SecretScan.PUBLIC_SANDBOX_SECRET);
    }

    private static List<Path> reportFiles(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.filter(path -> {
                String name = path.getFileName().toString();
                // This class's own report is the one of its previous run, not of this build.
                boolean own = name.contains(TestOutputSecretScanTests.class.getName());
                return !own && ((name.startsWith("TEST-") && name.endsWith(".xml")) || name.endsWith("-output.txt"));
            }).sorted().toList();
        }
    }
}
