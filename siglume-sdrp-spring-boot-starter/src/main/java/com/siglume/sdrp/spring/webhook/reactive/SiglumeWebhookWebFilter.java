package com.siglume.sdrp.spring.webhook.reactive;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookAnswer;
import com.siglume.sdrp.spring.webhook.WebhookEndpointSettings;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint of a WebFlux application: a {@link WebFilter} for exactly
 * {@code siglume.webhook.path} that answers the request itself, ahead of Spring Security's
 * WebFlux filter chain (see {@link #ORDER}), so no CSRF token or security rule is needed.
 *
 * <p>It follows the servlet endpoint's rules and answers ({@link WebhookAnswer}): {@code POST}
 * only (else 405), a body larger than the limit refused with 413 from {@code Content-Length}
 * and, for chunked bodies, while reading (never holding more than the limit), a body not
 * complete within the read timeout answered 408. The body is read without blocking. The
 * complete body is then processed ({@link SiglumeWebhookProcessor#processAsync}): with the
 * R2DBC event store and only listeners returning a {@code Publisher<Void>}, it is verified on
 * the event loop and recorded without any thread waiting; otherwise the whole processing runs on
 * {@link Schedulers#boundedElastic()}, so nothing that may block (a JDBC store, a {@code void}
 * listener) runs on an event-loop thread.
 */
public class SiglumeWebhookWebFilter implements WebFilter, Ordered {

    /**
     * Filter order: ahead of Spring Security's WebFlux filter chain (order -100).
     */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final SiglumeWebhookProcessor processor;
    private final WebhookEndpointSettings settings;
    private final int bufferLimit;
    private final Executor blocking;

    /**
     * Creates the filter, processing deliveries on {@link Schedulers#boundedElastic()}.
     *
     * @param processor handles verified deliveries
     * @param settings path, body limit and read timeout
     */
    public SiglumeWebhookWebFilter(SiglumeWebhookProcessor processor, WebhookEndpointSettings settings) {
        this(processor, settings, Schedulers.boundedElastic());
    }

    /**
     * Creates the filter.
     *
     * @param processor handles verified deliveries
     * @param settings path, body limit and read timeout
     * @param processing where deliveries that may block are processed; must allow blocking
     */
    public SiglumeWebhookWebFilter(SiglumeWebhookProcessor processor, WebhookEndpointSettings settings,
            Scheduler processing) {
        this.processor = processor;
        this.settings = settings;
        // DataBufferUtils counts in int; a limit beyond that is as good as none for a webhook.
        this.bufferLimit = (int) Math.min(settings.maxBodySize(), Integer.MAX_VALUE - 8);
        this.blocking = processing::schedule;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!settings.path().equals(request.getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return write(exchange.getResponse(), WebhookAnswer.methodNotAllowed());
        }
        if (request.getHeaders().getContentLength() > settings.maxBodySize()) {
            return write(exchange.getResponse(), WebhookAnswer.tooLarge(settings.maxBodySize()));
        }
        String signature = request.getHeaders().getFirst(Sdrp.SIGNATURE_HEADER);
        return DataBufferUtils.join(request.getBody(), bufferLimit)
                .map(SiglumeWebhookWebFilter::bytes)
                .defaultIfEmpty(new byte[0])
                .timeout(settings.readTimeout())
                // Once processing started it completes whatever the client does, as on the servlet stack.
                .flatMap(body -> Mono.fromFuture(() -> processor.processAsync(body, signature, blocking), true))
                .map(WebhookAnswer::of)
                .onErrorResume(DataBufferLimitException.class,
                        tooLarge -> Mono.just(WebhookAnswer.tooLarge(settings.maxBodySize())))
                .onErrorResume(TimeoutException.class,
                        timedOut -> Mono.just(WebhookAnswer.timedOut(settings.readTimeout())))
                .flatMap(answer -> write(exchange.getResponse(), answer));
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static Mono<Void> write(ServerHttpResponse response, WebhookAnswer answer) {
        byte[] body = answer.body();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        answer.headers().forEach(response.getHeaders()::set);
        response.getHeaders().setContentType(MediaType.parseMediaType(WebhookAnswer.CONTENT_TYPE));
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    @Override
    public String toString() {
        return "SiglumeWebhookWebFilter[" + settings.path() + "]";
    }
}
