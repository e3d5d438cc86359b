package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.metered.SettlementBatchCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider batch CSV is streamed, never loaded whole. */
class SettlementBatchCsvTest {

    private static final String HEADER = "metered_usage_id,created_at,plan_type,provider_receivable_minor";
    private static final int ROWS_AFTER_PAUSE = 200_000;

    private final LoopbackServer server = LoopbackServer.start();
    private final SiglumePaymentClient client = SiglumePaymentClient.builder().environment(name -> null)
            .token("prov_tok").baseUrl(server.baseUrl()).sleeper(wait -> { }).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void firstRowsArriveBeforeTheServerHasWrittenTheRest() throws IOException, InterruptedException {
        CountDownLatch firstRowsRead = new CountDownLatch(1);
        AtomicBoolean serverFinished = new AtomicBoolean();
        server.then(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write((HEADER + "\nmu_0,2026-01-01T00:00:00Z,micro,0.19\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    // The rest is written only after the client has read the first rows.
                    firstRowsRead.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] row = "mu_n,2026-01-01T00:00:00Z,nano,0.01\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < ROWS_AFTER_PAUSE; i++) {
                    out.write(row);
                }
            }
            serverFinished.set(true);
        });

        try (SettlementBatchCsv csv = client.openProviderSettlementBatchCsv("msb 1");
             Stream<String> lines = csv.lines()) {
            Iterator<String> rows = lines.iterator();
            assertThat(rows.next()).isEqualTo(HEADER);
            assertThat(rows.next()).isEqualTo("mu_0,2026-01-01T00:00:00Z,micro,0.19");
            assertThat(serverFinished).isFalse();
            assertThat(csv.contentType()).contains("text/csv; charset=utf-8");
            firstRowsRead.countDown();
            long remaining = 0;
            while (rows.hasNext()) {
                assertThat(rows.next()).isEqualTo("mu_n,2026-01-01T00:00:00Z,nano,0.01");
                remaining++;
            }
            assertThat(remaining).isEqualTo(ROWS_AFTER_PAUSE);
        }

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/v1/sdrp/metered/provider/settlement-batches/msb%201/usage-events.csv");
        assertThat(request.header("Authorization")).isEqualTo("Bearer prov_tok");
        assertThat(request.header("Accept")).isEqualTo("text/csv, application/json");
    }

    @Test
    void readerAndStreamGiveTheSameBytes() throws IOException {
        String csvText = HEADER + "\nmu_1,2026-01-01T00:00:00Z,micro,0.2\n";
        server.then(LoopbackServer.body(200, "text/csv", csvText, java.util.Map.of()));
        server.then(LoopbackServer.body(200, "text/csv", csvText, java.util.Map.of()));

        try (SettlementBatchCsv csv = client.openProviderSettlementBatchCsv("msb_1");
             BufferedReader reader = csv.reader()) {
            assertThat(reader.readLine()).isEqualTo(HEADER);
            assertThat(reader.readLine()).isEqualTo("mu_1,2026-01-01T00:00:00Z,micro,0.2");
            assertThat(reader.readLine()).isNull();
        }
        try (SettlementBatchCsv csv = client.openProviderSettlementBatchCsv("msb_1")) {
            assertThat(new String(csv.inputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csvText);
        }
    }

    @Test
    void errorsAreJsonApiErrors() {
        server.then(LoopbackServer.json(404, "{\"error\":{\"code\":\"SETTLEMENT_BATCH_NOT_FOUND\",\"message\":\"no batch\"}}"));

        assertThatThrownBy(() -> client.openProviderSettlementBatchCsv("msb_x"))
                .isInstanceOf(SiglumeApiException.class).hasMessage("no batch")
                .extracting("code").isEqualTo("SETTLEMENT_BATCH_NOT_FOUND");
        assertThatThrownBy(() -> client.openProviderSettlementBatchCsv(" "))
                .isInstanceOf(com.siglume.sdrp.SdrpValidationException.class);
    }
}
