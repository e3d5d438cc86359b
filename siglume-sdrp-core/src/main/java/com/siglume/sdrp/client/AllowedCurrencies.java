package com.siglume.sdrp.client;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code allowed_currencies} rule of PROTOCOL §3: a list of currencies (each mapped to the
 * token it settles in) or a currency-to-token map, with at least one entry.
 */
final class AllowedCurrencies {

    private static final String FIELD = "allowed_currencies";

    private AllowedCurrencies() {
    }

    /**
     * Maps a list of currencies to their default tokens.
     *
     * @param currencies for example {@code ["jpy", "USD"]}
     * @return an unmodifiable map in first-seen order, for example {@code {JPY=JPYC, USD=USDC}}
     * @throws SdrpValidationException when empty, or an entry is not a supported currency
     */
    static Map<String, String> fromList(Collection<String> currencies) {
        if (currencies == null) {
            throw new SdrpValidationException(FIELD, FIELD + " must be a list of currencies or a currency-to-token map");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String currency : currencies) {
            String normalised = SdrpInputs.currency(FIELD, currency);
            result.put(normalised, SdrpInputs.defaultToken(normalised));
        }
        return requireEntries(result);
    }

    /**
     * Normalises a currency-to-token map.
     *
     * @param currencyTokens for example {@code {"jpy": "jpyc"}}
     * @return an unmodifiable map in the given order with upper-cased keys and values
     * @throws SdrpValidationException when empty, or a key or value is not supported
     */
    static Map<String, String> fromMap(Map<String, String> currencyTokens) {
        if (currencyTokens == null) {
            throw new SdrpValidationException(FIELD, FIELD + " must be a list of currencies or a currency-to-token map");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : currencyTokens.entrySet()) {
            result.put(SdrpInputs.currency(FIELD, entry.getKey()), SdrpInputs.tokenSymbol(entry.getValue()));
        }
        return requireEntries(result);
    }

    private static Map<String, String> requireEntries(Map<String, String> result) {
        if (result.isEmpty()) {
            throw new SdrpValidationException(FIELD, FIELD + " must include at least one currency");
        }
        return Collections.unmodifiableMap(result);
    }
}
