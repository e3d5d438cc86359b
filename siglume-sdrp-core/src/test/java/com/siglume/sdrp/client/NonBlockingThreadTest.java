package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.transport.JdkHttpTransport;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.NonBlocking;
import reactor.core.scheduler.Schedulers;

/**
 * A client call on a thread Reactor marks as non-blocking (an event loop) is refused before
 * anything is sent and never retried; offloaded to a thread that may block, it goes through.
 */
class NonBlockingThreadTest {

    private static final String MERCHANT = "{\"merchant_account\":{\"merchant_account_id\":\"macc_1\","
            + "\"merchant\":\"acme-shop\"}}";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<Duration> sleeps = new ArrayList<>();
    private final AtomicInteger sends = new AtomicInteger();
    private final SiglumeHttpTransport jdk = new JdkHttpTransport();
    private final SiglumeHttpTransport counting = request -> {
        sends.incrementAndGet();
        return jdk.send(request);
    };

    @AfterEach
    void stop() {
        server.close();
    }

    /** A thread of the kind Reactor Netty runs its event loops on. */
    private static final class EventLoopThread extends Thread implements NonBlocking {
        EventLoopThread(Runnable task) {
            super(task, "reactor-http-nio-1");
        }
    }

    private SiglumeMerchantClient merchant() {
        return SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl())
                .transport(counting).retryPolicy(RetryPolicy.DEFAULT.withJitter(0)).sleeper(sleeps::add).build();
    }

    private SiglumePaymentClient payment() {
        return SiglumePaymentClient.builder().environment(name -> null).token("utok").baseUrl(server.baseUrl())
                .transport(counting).retryPolicy(RetryPolicy.DEFAULT.withJitter(0)).sleeper(sleeps::add).build();
    }

    private static Throwable thrownOnEventLoop(Callable<?> call) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new EventLoopThread(() -> {
            try {
                call.call();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        thread.start();
        thread.join(10_000);
        assertThat(thread.isAlive()).as("call returned").isFalse();
        return thrown.get();
    }

    @Test
    void aMerchantCallOnAnEventLoopThreadIsRefusedBeforeAnythingIsSent() throws Exception {
        // A 503 would be retried twice if the call were sent at all.
        server.then(json(503, "{\"error\":{\"code\":\"UNAVAILABLE\"}}"));

        Throwable thrown = thrownOnEventLoop(() -> merchant().getMerchant("acme-shop"));

        assertThat(thrown).isExactlyInstanceOf(SiglumeBlockingCallException.class)
                .hasMessageContaining("getMerchant").hasMessageContaining("reactor-http-nio-1")
                .hasMessageContaining("nothing was sent")
                .hasMessageContaining("Mono.fromCallable(() -> client.getMerchant(...))"
                        + ".subscribeOn(Schedulers.boundedElastic())");
        SiglumeBlockingCallException refused = (SiglumeBlockingCallException) thrown;
        assertThat(refused.operation()).isEqualTo("getMerchant");
        assertThat(refused.threadName()).isEqualTo("reactor-http-nio-1");
        assertThat(server.requests()).isEmpty();
        assertThat(sends).hasValue(0);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aPaymentCallOnReactorsParallelSchedulerIsRefusedBeforeAnythingIsSent() {
        server.then(json(503, "{}"));
        SiglumePaymentClient client = payment();

        assertThatThrownBy(() -> Mono.fromCallable(() -> client.getPaymentRequirement("dpr_1"))
                .subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
                .isExactlyInstanceOf(SiglumeBlockingCallException.class)
                .hasMessageContaining("getPaymentRequirement").hasMessageContaining("parallel-");
        assertThat(server.requests()).isEmpty();
        assertThat(sends).hasValue(0);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theRefusalIsNotReportedAsAnOperation() throws Exception {
        List<String> heard = new ArrayList<>();
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl()).transport(counting).operationListener(operation -> {
                    heard.add(operation);
                    return (status, failure) -> { };
                }).build();

        assertThat(thrownOnEventLoop(() -> client.getMerchant("acme-shop")))
                .isExactlyInstanceOf(SiglumeBlockingCallException.class);
        assertThat(heard).isEmpty();
        assertThat(sends).hasValue(0);
    }

    @Test
    void offloadedToBoundedElasticTheCallGoesThroughFromAnEventLoop() throws Exception {
        server.then(envelope(MERCHANT));
        SiglumeMerchantClient client = merchant();
        AtomicReference<CompletableFuture<MerchantResponse>> answer = new AtomicReference<>();

        Throwable thrown = thrownOnEventLoop(() -> {
            answer.set(Mono.fromCallable(() -> client.getMerchant("acme-shop"))
                    .subscribeOn(Schedulers.boundedElastic()).toFuture());
            return null;
        });

        assertThat(thrown).isNull();
        assertThat(answer.get().get(10, TimeUnit.SECONDS).merchantAccount().merchant()).isEqualTo("acme-shop");
        assertThat(server.requests()).hasSize(1);
        assertThat(sends).hasValue(1);
    }

    @Test
    void anOrdinaryThreadIsNotRefused() {
        server.then(envelope(MERCHANT));

        merchant().getMerchant("acme-shop");

        assertThat(server.only().rawPath()).isEqualTo("/v1/sdrp/direct-payments/merchants/acme-shop");
    }

    @Test
    void withoutReactorOnTheClassPathNoThreadIsRefused() throws Exception {
        // The core as an application without Reactor loads it: the same classes, Reactor out of reach.
        URL core = SiglumeMerchantClient.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutReactor = new URLClassLoader(new URL[] {core}, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutReactor.loadClass("reactor.core.scheduler.Schedulers"))
                    .isInstanceOf(ClassNotFoundException.class);
            Method refuse = withoutReactor.loadClass("com.siglume.sdrp.client.internal.NonBlockingThreads")
                    .getMethod("refuseBlockingCall", String.class);

            assertThat(thrownOnEventLoop(() -> refuse.invoke(null, "getMerchant"))).isNull();
        }
    }
}
