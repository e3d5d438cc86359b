package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.client.Page;
import com.siglume.sdrp.client.SiglumeInvalidResponseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Follows {@code next_cursor} lazily: a page is fetched only when the stream needs its items.
 *
 * <p>Not part of the public API.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Streams the items of every page, starting with the page of {@code firstCursor}.
     *
     * @param firstCursor the cursor of the first page, or {@code null}
     * @param fetch reads the page of a cursor
     * @param <T> the item type
     * @return a sequential, ordered stream; it throws the fetch's exceptions when consumed
     * @throws SiglumeInvalidResponseException with code {@code UNEXPECTED_RESPONSE} and status 200
     *         (the page answers themselves succeeded) while consumed, when the API repeats a cursor
     *         (which would otherwise loop for ever)
     */
    public static <T> Stream<T> stream(@Nullable String firstCursor, Function<@Nullable String, Page<T>> fetch) {
        return StreamSupport.stream(new PageSpliterator<>(firstCursor, fetch), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Function<@Nullable String, Page<T>> fetch;
        private final Set<String> seenCursors = new HashSet<>();
        private @Nullable String cursor;
        private boolean lastPageRead;
        private Iterator<T> current = java.util.Collections.emptyIterator();

        public PageSpliterator(@Nullable String firstCursor, Function<@Nullable String, Page<T>> fetch) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.cursor = firstCursor;
            this.fetch = fetch;
            if (firstCursor != null) {
                seenCursors.add(firstCursor);
            }
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (!current.hasNext()) {
                if (lastPageRead) {
                    return false;
                }
                Page<T> page = fetch.apply(cursor);
                current = page.items().iterator();
                cursor = page.nextCursor();
                if (cursor == null) {
                    lastPageRead = true;
                } else if (!seenCursors.add(cursor)) {
                    throw ApiErrors.unexpected(200, "Siglume API returned a next_cursor it had already returned.",
                            null);
                }
            }
            action.accept(current.next());
            return true;
        }
    }
}
