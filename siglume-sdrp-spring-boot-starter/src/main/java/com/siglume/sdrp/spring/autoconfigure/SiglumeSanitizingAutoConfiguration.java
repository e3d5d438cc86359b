package com.siglume.sdrp.spring.autoconfigure;

import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the starter's tokens and secrets out of the actuator {@code env} and
 * {@code configprops} endpoints even when they are set to show values
 * ({@code management.endpoint.*.show-values=always}), which Spring Boot otherwise does for
 * every key.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class SiglumeSanitizingAutoConfiguration {

    /**
     * Matches the secret-bearing keys: {@code siglume.merchant-auth-token},
     * {@code siglume.auth-token}, {@code siglume.challenge-secret}, {@code siglume.webhook.secret},
     * {@code siglume.webhook.additional-secrets[*]} in every spelling Spring Boot binds (kebab,
     * camel case, indexed), and the {@code SIGLUME_*_TOKEN} / {@code SIGLUME_*_SECRET}
     * environment variables.
     */
    static final Pattern SECRET_KEYS = Pattern.compile(
            "(?i)^(siglume\\.(merchant-?auth-?token|auth-?token|challenge-?secret|webhook\\.(secret|additional-?secrets.*))"
                    + "|siglume_[a-z0-9_]*(token|secret)[a-z0-9_]*)$");

    /**
     * Replaces the values of the secret-bearing keys with {@code ******}.
     *
     * @return the sanitizing function
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeSanitizingFunction")
    public SanitizingFunction siglumeSanitizingFunction() {
        return SanitizingFunction.sanitizeValue().ifKeyMatches(SECRET_KEYS);
    }
}
