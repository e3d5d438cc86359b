package com.siglume.sdrp.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeEnv;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The starter resolves the API base by the core's rule: for every combination of settings it
 * picks what a core client reading the same values from environment variables picks.
 */
class SiglumeApiBaseTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "https://explicit.example.com/v1/, SANDBOX, http://127.0.0.1:18787/v1, https://explicit.example.com/v1",
        "https://explicit.example.com/v1, LIVE, null, https://explicit.example.com/v1",
        "null, SANDBOX, http://127.0.0.1:18787/v1, http://127.0.0.1:18787/v1",
        "'\u00A0', SANDBOX, ' ', " + Sdrp.DEFAULT_SANDBOX_API_BASE,
        "null, SANDBOX, null, " + Sdrp.DEFAULT_SANDBOX_API_BASE,
        "null, LIVE, http://127.0.0.1:18787/v1, " + Sdrp.DEFAULT_API_BASE,
        "' ', LIVE, null, " + Sdrp.DEFAULT_API_BASE})
    void starterAndCoreChooseTheSameBase(String apiBase, SiglumeProperties.Env env, String sandboxBase,
            String expected) {
        SiglumeProperties properties = new SiglumeProperties();
        properties.setApiBase(apiBase);
        properties.setEnv(env);
        MockEnvironment environment = new MockEnvironment();
        Map<String, String> variables = new HashMap<>();
        if (apiBase != null) {
            variables.put(SiglumeEnv.API_BASE, apiBase);
        }
        variables.put(SiglumeEnv.ENV, env.name().toLowerCase(Locale.ROOT));
        if (sandboxBase != null) {
            environment.setProperty(SiglumeEnv.SANDBOX_API_BASE, sandboxBase);
            variables.put(SiglumeEnv.SANDBOX_API_BASE, sandboxBase);
        }

        String starter = SiglumeApiBase.resolve(properties, environment);

        assertThat(starter).isEqualTo(expected)
                .isEqualTo(SdrpInputs.apiBaseUrl(SiglumeEnv.apiBase(variables::get)));
    }

    @ParameterizedTest
    @CsvSource({"http://api.example.com/v1", "ftp://127.0.0.1/v1"})
    void anInsecureBaseIsRefusedByTheCoreRule(String apiBase) {
        SiglumeProperties properties = new SiglumeProperties();
        properties.setApiBase(apiBase);

        assertThatThrownBy(() -> SiglumeApiBase.resolve(properties, new MockEnvironment()))
                .isInstanceOfSatisfying(SdrpValidationException.class, e -> assertThat(e.field()).isEqualTo("api_base"));
    }
}
