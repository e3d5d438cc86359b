package com.siglume.sdrp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The protocol's input normalisation rules, in one place.
 *
 * <p>Every public entry point of the SDK passes its inputs through these methods before it
 * signs, hashes or sends anything, so a value is either normalised exactly as the reference
 * implementation does it or refused with an {@link SdrpValidationException} that names the
 * field. None of these methods throws anything else, for any input, {@code null} included.
 */
public final class SdrpInputs {

    private static final Pattern MERCHANT = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,95}$");
    private static final Pattern SELF_SERVICE_MERCHANT = Pattern.compile("^[a-z0-9][a-z0-9_-]{2,63}$");
    private static final Set<String> CURRENCIES = Set.of("JPY", "USD");
    private static final Set<String> TOKENS = Set.of("JPYC", "USDC");
    private static final Set<String> PLAN_TYPES = Set.of("micro", "nano");
    private static final Set<String> BILLING_PLANS = Set.of("launch", "free", "starter", "growth", "pro");
    private static final Set<String> RECURRING_CADENCES = Set.of("monthly", "daily");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern REGISTRY_AUTHORITY =
            Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)(?::([0-9]{1,10}))?");

    /** Billing plan used when none is given. */
    public static final String DEFAULT_BILLING_PLAN = "launch";
    /** Billing currency used when none is given. */
    public static final String DEFAULT_BILLING_CURRENCY = "JPY";

    private SdrpInputs() {
    }

    /**
     * Tells whether a code point is white space for ECMAScript's {@code String.prototype.trim}.
     *
     * <p>This set differs from {@link Character#isWhitespace(int)} and from
     * {@link String#strip()}: it includes U+00A0, U+2007, U+202F and U+FEFF and excludes the
     * information separators U+001C to U+001F.
     *
     * @param c a UTF-16 code unit
     * @return {@code true} when trim removes it
     */
    public static boolean isTrimmable(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029',
                    '\u202F', '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /**
     * Trims a string the way ECMAScript's {@code String.prototype.trim} does.
     *
     * @param value any string, or {@code null}
     * @return the trimmed string, or {@code null} when {@code value} is {@code null}
     */
    public static @Nullable String trim(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isTrimmable(value.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    /**
     * The protocol's "present" test: a string that is not blank after trimming.
     *
     * @param value any value; numbers, booleans and {@code null} are not present
     * @return {@code true} for a non-blank string
     */
    public static boolean isPresent(@Nullable Object value) {
        return value instanceof String s && !trim(s).isEmpty();
    }

    /**
     * Trims a required text input.
     *
     * @param field wire name of the input, used in the error
     * @param value the raw value
     * @return the trimmed, non-empty value
     * @throws SdrpValidationException when the value is {@code null} or blank
     */
    public static String required(String field, @Nullable String value) {
        String trimmed = trim(value);
        if (trimmed == null || trimmed.isEmpty()) {
            throw new SdrpValidationException(field, field + " is required");
        }
        return trimmed;
    }

    /**
     * Trims an optional text input.
     *
     * @param value the raw value
     * @return the trimmed value, or {@code null} when it is {@code null} or blank
     */
    public static @Nullable String optional(@Nullable String value) {
        String trimmed = trim(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Tells whether a bearer token is a Developer Portal key ({@code cli_...}, any case), which no
     * payment API accepts: the one place that rule is written.
     *
     * @param token the token, may be {@code null}
     * @return {@code true} for a {@code cli_} key
     */
    public static boolean isDeveloperPortalKey(@Nullable String token) {
        return token != null && token.regionMatches(true, 0, "cli_", 0, 4);
    }

    /** Prefix of every webhook signing secret Siglume issues. */
    public static final String WEBHOOK_SECRET_PREFIX = "whsec_";

    /**
     * Checks the form of a webhook signing secret as Siglume issues it: {@code whsec_} followed
     * by at least one character, with no white space anywhere. The secret is used exactly as
     * given (it is the HMAC key), so it is checked, never trimmed.
     *
     * @param field name of the setting, used in the error
     * @param secret the secret
     * @return the secret, unchanged
     * @throws SdrpValidationException when it is missing or not of that form; the message never
     *         contains the value
     */
    public static String webhookSecret(String field, @Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new SdrpValidationException(field, field + " is required");
        }
        if (!secret.startsWith(WEBHOOK_SECRET_PREFIX) || secret.length() == WEBHOOK_SECRET_PREFIX.length()
                || secret.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new SdrpValidationException(field, field + " must be a Siglume webhook signing secret: "
                    + WEBHOOK_SECRET_PREFIX + " followed by the secret, without spaces");
        }
        return secret;
    }

    /**
     * Normalises a merchant key as used in challenges and payment requirements.
     *
     * @param merchant the raw key
     * @return the lower-cased key, matching {@code ^[a-z0-9][a-z0-9._-]{0,95}$}
     * @throws SdrpValidationException when it is missing or malformed
     */
    public static String merchant(@Nullable String merchant) {
        return matching("merchant", lower(required("merchant", merchant)), MERCHANT,
                "merchant must be 1-96 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
    }

    /**
     * Normalises a merchant key as used in merchant setup, Hosted Checkout and merchant paths.
     *
     * @param merchant the raw key
     * @return the lower-cased key, matching {@code ^[a-z0-9][a-z0-9_-]{2,63}$}
     * @throws SdrpValidationException when it is missing or malformed
     */
    public static String selfServiceMerchant(@Nullable String merchant) {
        return matching("merchant", lower(required("merchant", merchant)), SELF_SERVICE_MERCHANT,
                "merchant must be 3-64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit");
    }

    /**
     * Normalises a currency code.
     *
     * @param currency the raw code
     * @return {@code JPY} or {@code USD}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static String currency(@Nullable String currency) {
        return currency("currency", currency);
    }

    /**
     * Normalises a currency code for a named field.
     *
     * @param field wire name of the input
     * @param currency the raw code
     * @return {@code JPY} or {@code USD}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static @Nullable String currency(String field, String currency) {
        return oneOf(field, upper(required(field, currency)), CURRENCIES);
    }

    /**
     * Normalises a settlement token symbol.
     *
     * @param token the raw symbol
     * @return {@code JPYC} or {@code USDC}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static String tokenSymbol(@Nullable String token) {
        return tokenSymbol("token_symbol", token);
    }

    /**
     * Normalises a settlement token symbol for a named field, such as {@code buyer_token}.
     *
     * @param field wire name of the input
     * @param token the raw symbol
     * @return {@code JPYC} or {@code USDC}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static @Nullable String tokenSymbol(String field, String token) {
        return oneOf(field, upper(required(field, token)), TOKENS);
    }

    /**
     * Returns the token a currency settles in.
     *
     * @param currency a currency code, normalised here
     * @return {@code JPYC} for JPY, {@code USDC} for USD
     * @throws SdrpValidationException when the currency is not supported
     */
    public static String defaultToken(@Nullable String currency) {
        return "JPY".equals(currency(currency)) ? "JPYC" : "USDC";
    }

    /**
     * Normalises a metered plan type.
     *
     * @param planType the raw value
     * @return {@code micro} or {@code nano}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static String planType(@Nullable String planType) {
        return oneOf("plan_type", lower(required("plan_type", planType)), PLAN_TYPES);
    }

    /**
     * Normalises a billing plan; a missing value means {@value #DEFAULT_BILLING_PLAN}.
     *
     * @param billingPlan the raw value, or {@code null}
     * @return one of {@code launch, free, starter, growth, pro}
     * @throws SdrpValidationException when it is not a known plan
     */
    public static String billingPlan(@Nullable String billingPlan) {
        String value = optional(billingPlan);
        return value == null ? DEFAULT_BILLING_PLAN : oneOf("billing_plan", lower(value), BILLING_PLANS);
    }

    /**
     * Normalises a recurring cadence.
     *
     * @param cadence the raw value
     * @return {@code monthly} or {@code daily}
     * @throws SdrpValidationException when it is missing or not supported
     */
    public static String recurringCadence(@Nullable String cadence) {
        return oneOf("cadence", lower(required("cadence", cadence)), RECURRING_CADENCES);
    }

    /**
     * Normalises a challenge nonce.
     *
     * @param nonce the raw nonce
     * @return the trimmed nonce
     * @throws SdrpValidationException when it is blank or contains {@code ':'}
     */
    public static String nonce(@Nullable String nonce) {
        String value = required("nonce", nonce);
        if (value.indexOf(':') >= 0) {
            throw new SdrpValidationException("nonce", "nonce must not contain ':'");
        }
        return value;
    }

    /**
     * Checks a positive integer input such as {@code amount_minor}.
     *
     * @param field wire name of the input
     * @param value the value
     * @return the value, when {@code 0 < value <= 2^53 - 1}
     * @throws SdrpValidationException otherwise
     */
    public static long positiveInteger(String field, long value) {
        if (value <= 0 || value > Sdrp.MAX_AMOUNT_MINOR) {
            throw new SdrpValidationException(field, field + " must be a positive integer no larger than "
                    + Sdrp.MAX_AMOUNT_MINOR);
        }
        return value;
    }

    /**
     * Checks an optional positive integer input.
     *
     * @param field wire name of the input
     * @param value the value, or {@code null}
     * @return the value, or {@code null}
     * @throws SdrpValidationException when present and not a positive integer in range
     */
    public static @Nullable Long optionalPositiveInteger(String field, @Nullable Long value) {
        return value == null ? null : positiveInteger(field, value);
    }

    /**
     * Normalises an absolute {@code https} URL such as a webhook callback URL.
     *
     * @param field wire name of the input
     * @param url the raw URL
     * @return the trimmed URL
     * @throws SdrpValidationException when it is not absolute https with a host, or has user info
     */
    public static String httpsUrl(String field, @Nullable String url) {
        String value = required(field, url);
        if (!"https".equals(parseAbsolute(field, value).scheme())) {
            throw new SdrpValidationException(field, field + " must be an https URL");
        }
        return value;
    }

    /**
     * Normalises a return URL (success or cancel): https, or http on a loopback host.
     *
     * @param field wire name of the input
     * @param url the raw URL
     * @return the trimmed URL
     * @throws SdrpValidationException when it is not such a URL
     */
    public static String returnUrl(String field, @Nullable String url) {
        String value = required(field, url);
        requireSecureOrLoopback(field, parseAbsolute(field, value));
        return value;
    }

    /**
     * Normalises the Hosted Checkout allowed origins: each reduced to its lower-cased origin
     * ({@code scheme://host[:port]}, the scheme's default port left out), duplicates dropped,
     * order kept.
     *
     * @param origins the raw origins, or {@code null} for none
     * @return the normalised origins, possibly empty
     * @throws SdrpValidationException when an entry is not https (or http on loopback) or has user info
     */
    public static List<String> checkoutOrigins(@Nullable List<String> origins) {
        if (origins == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String origin : origins) {
            String field = "checkout_allowed_origins";
            ParsedUrl url = parseAbsolute(field, required(field, origin));
            requireSecureOrLoopback(field, url);
            boolean defaultPort = url.port() < 0
                    || ("https".equals(url.scheme()) && url.port() == 443)
                    || ("http".equals(url.scheme()) && url.port() == 80);
            result.add(url.scheme() + "://" + url.host() + (defaultPort ? "" : ":" + url.port()));
        }
        return List.copyOf(result);
    }

    /**
     * Normalises an API base URL: absolute, https (or http on loopback), no user info, no
     * trailing slashes.
     *
     * @param baseUrl the raw URL
     * @return the URL without trailing slashes
     * @throws SdrpValidationException when it is not such a URL
     */
    public static String apiBaseUrl(@Nullable String baseUrl) {
        String value = required("api_base", baseUrl);
        requireSecureOrLoopback("api_base", parseAbsolute("api_base", value));
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return value.substring(0, end);
    }

    /**
     * Normalises {@code allowed_currencies} given as a list: each currency maps to the token it
     * settles in.
     *
     * @param currencies currency codes, normalised here
     * @return an unmodifiable currency-to-token map in the given order, at least one entry
     * @throws SdrpValidationException when the list is {@code null} or empty or a currency is not supported
     */
    public static Map<String, String> allowedCurrencies(@Nullable List<String> currencies) {
        if (currencies == null || currencies.isEmpty()) {
            throw new SdrpValidationException("allowed_currencies", "allowed_currencies must include at least one currency");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String currency : currencies) {
            String code = currency("allowed_currencies", currency);
            result.put(code, defaultToken(code));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Normalises {@code allowed_currencies} given as a currency-to-token map.
     *
     * @param currencyTokens currency codes and token symbols, both normalised here
     * @return an unmodifiable currency-to-token map in the given order, at least one entry
     * @throws SdrpValidationException when the map is {@code null} or empty, or a currency or
     *         token is not supported
     */
    public static Map<String, String> allowedCurrencies(@Nullable Map<String, String> currencyTokens) {
        if (currencyTokens == null || currencyTokens.isEmpty()) {
            throw new SdrpValidationException("allowed_currencies", "allowed_currencies must include at least one currency");
        }
        Map<String, String> result = new LinkedHashMap<>();
        currencyTokens.forEach((currency, token) ->
                result.put(currency("allowed_currencies", currency), tokenSymbol("allowed_currencies", token)));
        return Collections.unmodifiableMap(result);
    }

    /** The parts of an absolute URL the rules look at; scheme and host lower-cased. */
    private record ParsedUrl(String scheme, String host, int port) {
    }

    private static ParsedUrl parseAbsolute(String field, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new SdrpValidationException(field, field + " must be an absolute URL");
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
            throw new SdrpValidationException(field, field + " must be an absolute URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().indexOf('@') >= 0) {
            throw new SdrpValidationException(field, field + " must not contain user info");
        }
        String scheme = lower(uri.getScheme());
        if (uri.getHost() != null) {
            if (uri.getPort() > 65535) {
                throw new SdrpValidationException(field, field + " has an invalid port");
            }
            return new ParsedUrl(scheme, lower(uri.getHost()), uri.getPort());
        }
        // java.net.URI gives no host for names browsers accept, such as ones with '_': read the
        // authority as host[:port] with the usual host name characters.
        Matcher authority = REGISTRY_AUTHORITY.matcher(uri.getRawAuthority());
        if (!authority.matches()) {
            throw new SdrpValidationException(field, field + " must be an absolute URL with a valid host");
        }
        int port = -1;
        if (authority.group(2) != null) {
            port = authority.group(2).length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(authority.group(2));
            if (port > 65535) {
                throw new SdrpValidationException(field, field + " has an invalid port");
            }
        }
        return new ParsedUrl(scheme, lower(authority.group(1)), port);
    }

    private static void requireSecureOrLoopback(String field, ParsedUrl url) {
        boolean ok = "https".equals(url.scheme())
                || ("http".equals(url.scheme()) && LOOPBACK_HOSTS.contains(url.host()));
        if (!ok) {
            throw new SdrpValidationException(field,
                    field + " must use https (http is allowed only for localhost, 127.0.0.1 and [::1])");
        }
    }

    private static String matching(String field, String value, Pattern pattern, String message) {
        if (!pattern.matcher(value).matches()) {
            throw new SdrpValidationException(field, message);
        }
        return value;
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new SdrpValidationException(field, field + " must be one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
