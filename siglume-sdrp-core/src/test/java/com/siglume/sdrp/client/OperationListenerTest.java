package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link SiglumeOperationListener} hears of each client operation once, with its method name,
 * the last HTTP status and the failure, on the calling thread, retries included.
 */
class OperationListenerTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private final SiglumeOperationListener listener = operation -> {
        Thread caller = Thread.currentThread();
        heard.add("start " + operation);
        return (status, failure) -> heard.add("end " + operation + " " + status + " "
                + (failure == null ? "ok" : failure.getClass().getSimpleName())
                + (Thread.currentThread() == caller ? "" : " on another thread"));
    };

    private SiglumeMerchantClient merchant() {
        return SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0)).sleeper(wait -> { }).operationListener(listener)
                .build();
    }

    @Test
    void eachOperationIsHeardOnceWithItsNameAndLastStatus() {
        server.then(json(503, "{}", Map.of()), envelope("{\"merchant\":\"acme-shop\"}"),
                json(404, "{\"error\":{\"code\":\"NOT_FOUND\"}}", Map.of()));
        SiglumeMerchantClient client = merchant();

        client.getMerchant("acme-shop");
        assertThatThrownBy(() -> client.listWebhookSubscriptions()).isInstanceOf(SiglumeApiException.class);

        assertThat(heard).containsExactly("start getMerchant", "end getMerchant 200 ok",
                "start listWebhookSubscriptions", "end listWebhookSubscriptions 404 SiglumeNotFoundException");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aCallWithoutAnswerEndsWithStatusZero() {
        server.then(LoopbackServer.dropConnection(), LoopbackServer.dropConnection(), LoopbackServer.dropConnection());

        assertThatThrownBy(() -> merchant().getMerchant("acme-shop")).isInstanceOf(SiglumeTransportException.class);

        assertThat(heard).containsExactly("start getMerchant", "end getMerchant 0 SiglumeTransportException");
    }

    @Test
    void withoutAListenerNothingIsHeard() {
        server.then(envelope("{\"merchant\":\"acme-shop\"}"));
        SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl()).build()
                .getMerchant("acme-shop");
        assertThat(heard).isEmpty();
    }
}
