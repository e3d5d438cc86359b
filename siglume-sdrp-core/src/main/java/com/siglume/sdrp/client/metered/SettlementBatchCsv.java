package com.siglume.sdrp.client.metered;

import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.SiglumeTransportException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The usage-event CSV of one provider settlement batch, streamed from the open HTTP response.
 *
 * <p>Nothing is read ahead: rows arrive as you read them, so a batch of any size takes constant
 * memory. Read it once, through exactly one of {@link #inputStream()}, {@link #reader()} or
 * {@link #lines()}, and close this object (try-with-resources) to release the connection. The
 * first line is the header row. Amount columns are decimal strings: parse them with
 * {@link java.math.BigDecimal}.
 */
public final class SettlementBatchCsv implements Closeable {

    private final SiglumeHttpResponse response;

    SettlementBatchCsv(SiglumeHttpResponse response) {
        this.response = response;
    }

    /**
     * Returns the {@code Content-Type} the API sent.
     *
     * @return for example {@code text/csv; charset=utf-8}, or empty
     */
    public Optional<String> contentType() {
        return response.header("Content-Type");
    }

    /**
     * Returns the raw body stream.
     *
     * @return the stream; closing it closes the response
     */
    public InputStream inputStream() {
        return response.body();
    }

    /**
     * Returns a UTF-8 reader over the body.
     *
     * @return the reader; closing it closes the response
     */
    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /**
     * Returns the lines of the CSV, header first, read lazily.
     *
     * <p>A read failure while streaming surfaces as {@link SiglumeTransportException}.
     *
     * @return the lines; closing the stream closes the response
     */
    public Stream<String> lines() {
        BufferedReader reader = reader();
        Spliterator<String> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super String> action) {
                String line;
                try {
                    line = reader.readLine();
                } catch (IOException e) {
                    throw new SiglumeTransportException("reading the settlement batch CSV failed: "
                            + e.getClass().getSimpleName(), e instanceof java.net.SocketTimeoutException, 1, e);
                }
                if (line == null) {
                    return false;
                }
                action.accept(line);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(this::closeUnchecked);
    }

    private void closeUnchecked() {
        try {
            response.close();
        } catch (IOException e) {
            // Releasing a connection that already failed leaves nothing for the caller to do.
        }
    }

    /**
     * Closes the response and its connection.
     *
     * @throws IOException when closing the stream fails
     */
    @Override
    public void close() throws IOException {
        response.close();
    }

    /**
     * Describes the CSV.
     *
     * @return the content type
     */
    @Override
    public String toString() {
        return "SettlementBatchCsv[contentType=" + contentType().orElse(null) + "]";
    }
}
