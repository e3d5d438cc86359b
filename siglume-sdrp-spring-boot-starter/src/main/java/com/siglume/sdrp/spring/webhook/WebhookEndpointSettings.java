package com.siglume.sdrp.spring.webhook;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The webhook endpoint's settings, checked once for every web stack: where it is, the largest
 * body it reads and how long that body may take to arrive.
 *
 * @param path the exact path, for example {@code /siglume/webhook}
 * @param maxBodySize the largest accepted body in bytes, at least 1
 * @param readTimeout how long the whole body may take to arrive, at least 1 ms
 */
public record WebhookEndpointSettings(String path, long maxBodySize, Duration readTimeout) {

    /**
     * Checks the configured values.
     *
     * @param path {@code siglume.webhook.path}
     * @param maxBodySize {@code siglume.webhook.max-body-size}
     * @param readTimeout {@code siglume.webhook.read-timeout}
     * @return the settings
     * @throws SiglumeConfigurationException when the path, body limit or read timeout is unusable
     */
    public static WebhookEndpointSettings of(@Nullable String path, @Nullable DataSize maxBodySize,
            @Nullable Duration readTimeout) {
        if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c == '*' || c == '?' || c == '#'
                || Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new SiglumeConfigurationException("siglume.webhook.path must be an exact path starting with '/',"
                    + " without wildcards, query or fragment.", "Set siglume.webhook.path, for example /siglume/webhook.");
        }
        long bytes = maxBodySize == null ? -1 : maxBodySize.toBytes();
        if (bytes < 1) {
            throw new SiglumeConfigurationException("siglume.webhook.max-body-size must be at least 1 byte.",
                    "Set siglume.webhook.max-body-size, for example 1MB.");
        }
        if (readTimeout == null || readTimeout.toMillis() < 1) {
            throw new SiglumeConfigurationException("siglume.webhook.read-timeout must be at least 1ms.",
                    "Set siglume.webhook.read-timeout, for example 10s.");
        }
        return new WebhookEndpointSettings(path, bytes, readTimeout);
    }
}
