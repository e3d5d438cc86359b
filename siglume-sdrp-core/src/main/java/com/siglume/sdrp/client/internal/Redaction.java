package com.siglume.sdrp.client.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hides secret-looking values in maps shown by {@code toString()}.
 *
 * <p>Not part of the public API.
 */
public final class Redaction {

    private static final List<String> SECRET_NAME_ENDINGS = List.of("secret", "_token", "password", "api_key");

    private Redaction() {
    }

    /**
     * Tells whether a field name looks like it holds a secret.
     *
     * @param name a field name
     * @return {@code true} for {@code token} and names ending in secret, _token, password or api_key
     */
    public static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("token")) {
            return true;
        }
        for (String ending : SECRET_NAME_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a copy of a map for display, with secret-looking values replaced, recursively.
     *
     * @param map the map
     * @return the display copy
     */
    public static Map<String, Object> redact(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, isSecretName(key) && value != null ? "<redacted>" : redactValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object redactValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return redact((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Redaction::redactValue).toList();
        }
        return value;
    }
}
