package com.siglume.sdrp.client;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: {@code {items, next_cursor}}. Pass {@link #nextCursor()} as the next
 * query's cursor, or use the clients' {@code stream...} methods, which do that lazily.
 *
 * @param items the items of this page (unmodifiable)
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 * @param extra every other field of the answer (unmodifiable)
 * @param <T> the item type
 */
public record Page<T>(
        @JsonProperty("items") List<T> items,
        @JsonProperty("next_cursor") @Nullable String nextCursor,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the collections unmodifiable and a blank cursor absent. */
    public Page {
        items = ClientJson.immutableList(items);
        nextCursor = com.siglume.sdrp.SdrpInputs.optional(nextCursor);
        extra = ClientJson.immutableMap(extra);
    }

    /**
     * Returns the cursor of the next page.
     *
     * @return the cursor, or empty on the last page
     */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
