package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Names of the environment variables the clients and apps read (the reference SDK's names).
 */
public final class SiglumeEnv {

    /** API base URL; wins over every other base URL source but an explicit one. */
    public static final String API_BASE = "SIGLUME_API_BASE";
    /** {@code sandbox} selects the sandbox base URL when {@link #API_BASE} is unset. */
    public static final String ENV = "SIGLUME_ENV";
    /** Sandbox API base URL, used when {@link #ENV} is {@code sandbox}. */
    public static final String SANDBOX_API_BASE = "SIGLUME_SANDBOX_API_BASE";
    /** Merchant bearer token (merchant client). */
    public static final String MERCHANT_AUTH_TOKEN = "SIGLUME_MERCHANT_AUTH_TOKEN";
    /** User bearer token (payment client; merchant client fallback). */
    public static final String AUTH_TOKEN = "SIGLUME_AUTH_TOKEN";
    /** The merchant key. */
    public static final String DIRECT_PAYMENT_MERCHANT = "SIGLUME_DIRECT_PAYMENT_MERCHANT";
    /** The merchant's challenge secret. */
    public static final String DIRECT_PAYMENT_CHALLENGE_SECRET = "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET";
    /** The webhook signing secret ({@code whsec_...}). */
    public static final String WEBHOOK_SECRET = "SIGLUME_WEBHOOK_SECRET";

    /**
     * Where the merchant client's token is looked up, in order, first set wins:
     * {@value #MERCHANT_AUTH_TOKEN}, then {@value #AUTH_TOKEN}.
     */
    public static final List<String> MERCHANT_TOKEN_VARIABLES = List.of(MERCHANT_AUTH_TOKEN, AUTH_TOKEN);

    /** Where the payment (buyer or provider) client's token is looked up: {@value #AUTH_TOKEN}. */
    public static final List<String> USER_TOKEN_VARIABLES = List.of(AUTH_TOKEN);

    private SiglumeEnv() {
    }

    /**
     * Resolves the API base URL from environment variables alone, in the reference order; see
     * {@link #apiBase(String, boolean, String)}.
     *
     * @param environment returns an environment variable's value, or {@code null}
     * @return the base URL as configured (not yet normalised)
     */
    public static String apiBase(Function<String, @Nullable String> environment) {
        return apiBase(environment.apply(API_BASE), isSandbox(environment.apply(ENV)),
                environment.apply(SANDBOX_API_BASE));
    }

    /**
     * Resolves the API base URL in the reference order, from values already looked up (an
     * application's own settings, or the variables themselves): the explicit base URL
     * ({@value #API_BASE}); then, for the sandbox, the sandbox base URL
     * ({@value #SANDBOX_API_BASE}) or the local sandbox {@value Sdrp#DEFAULT_SANDBOX_API_BASE};
     * else the production API {@value Sdrp#DEFAULT_API_BASE}. Blank values count as unset.
     *
     * @param apiBase the explicit base URL, or {@code null}
     * @param sandbox whether the sandbox is selected ({@link #isSandbox(String)} of {@value #ENV})
     * @param sandboxApiBase the sandbox base URL, or {@code null}
     * @return the base URL as configured (not yet normalised: see
     *         {@link SdrpInputs#apiBaseUrl(String)})
     */
    public static String apiBase(@Nullable String apiBase, boolean sandbox, @Nullable String sandboxApiBase) {
        String explicit = SdrpInputs.optional(apiBase);
        if (explicit != null) {
            return explicit;
        }
        if (sandbox) {
            String sandboxBase = SdrpInputs.optional(sandboxApiBase);
            return sandboxBase != null ? sandboxBase : Sdrp.DEFAULT_SANDBOX_API_BASE;
        }
        return Sdrp.DEFAULT_API_BASE;
    }

    /**
     * Looks variables up in order and returns the first that is set (not blank).
     *
     * @param names the variable names, for example {@link #MERCHANT_TOKEN_VARIABLES}
     * @param environment returns a variable's value, or {@code null}
     * @return the first value set, as given (a secret is used exactly as configured); empty when
     *         none is
     */
    public static Optional<String> firstSet(List<String> names, Function<String, @Nullable String> environment) {
        for (String name : names) {
            String value = environment.apply(name);
            if (SdrpInputs.optional(value) != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a {@value #ENV} value selects the sandbox.
     *
     * @param env the value, or {@code null}
     * @return {@code true} for {@code sandbox} in any case, surrounding white space ignored
     */
    public static boolean isSandbox(@Nullable String env) {
        String value = SdrpInputs.optional(env);
        return value != null && value.toLowerCase(Locale.ROOT).equals("sandbox");
    }
}
