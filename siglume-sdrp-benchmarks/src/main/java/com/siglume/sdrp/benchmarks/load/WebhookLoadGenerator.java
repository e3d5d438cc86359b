package com.siglume.sdrp.benchmarks.load;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.benchmarks.BenchmarkEvents;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.json.JsonMapper;

/**
 * B2 load generator: sends unique signed {@code direct_payment.confirmed} events to a webhook
 * endpoint over HTTP/1.1 keep-alive connections on loopback, and reports throughput and latency.
 *
 * <p>Closed loop: {@code --concurrency} connections, each sending its next request as soon as the
 * previous answer is read. A warm-up phase (not recorded) is followed by the measured phase,
 * which stops after {@code --requests} requests or {@code --max-seconds}, whichever comes first.
 * A request counts as answered only when the status is 2xx and the body says
 * {@code "outcome":"processed"} (both endpoints answer so for an event they recorded). Every
 * request is built, signed and serialised before the first one is sent, so the generator's
 * own work during the run is writing bytes and parsing response heads. Event {@code n} names
 * benchmark order {@code n} (see {@link BenchmarkEvents}); the warm-up uses the first
 * {@code --warmup} sequence numbers after {@code --first}, the measured phase the next ones, so no
 * event is sent twice. Only loopback addresses are accepted as the target.
 *
 * <pre>
 * java ... WebhookLoadGenerator --url http://127.0.0.1:18080/siglume/webhook --label sample-h2 \
 *     --warmup 3000 --requests 20000 --concurrency 8 --max-seconds 30 --out results/b2-sample-h2.json
 * </pre>
 */
public final class WebhookLoadGenerator {

    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final String PROCESSED = "\"outcome\":\"processed\"";

    private final URI target;
    private final int concurrency;

    private WebhookLoadGenerator(URI target, int concurrency) {
        this.target = target;
        this.concurrency = concurrency;
    }

    /**
     * Runs one load run.
     *
     * @param args {@code --url}, {@code --label}, {@code --out} and optionally {@code --secret},
     *        {@code --first}, {@code --warmup}, {@code --requests}, {@code --concurrency},
     *        {@code --max-seconds}, {@code --wait-seconds}
     * @throws Exception when the target never answers or the run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        URI target = URI.create(Options.required(options, "url"));
        String host = target.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("the load generator only targets 127.0.0.1 or localhost, not " + host);
        }
        String label = Options.required(options, "label");
        Path out = Path.of(Options.required(options, "out"));
        String secret = options.getOrDefault("secret", BenchmarkEvents.WEBHOOK_SECRET);
        int first = Integer.parseInt(options.getOrDefault("first", "1"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "20000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        Duration maxDuration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-seconds", "30")));
        Duration wait = Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds", "180")));

        WebhookLoadGenerator generator = new WebhookLoadGenerator(target, concurrency);
        generator.awaitListening(wait);

        long signedAt = Instant.now().getEpochSecond();
        byte[][] warmupRequests = generator.build(first, warmup, secret, signedAt);
        byte[][] measuredRequests = generator.build(first + warmup, requests, secret, signedAt);

        Phase warm = generator.run(warmupRequests, Duration.ofSeconds(120));
        System.out.printf(Locale.ROOT, "%s warm-up: %d requests, %d processed, %.1f s%n", label, warm.sent(),
                warm.ok(), warm.nanos() / 1e9);
        if (warm.ok() != warmup) {
            // A misconfigured endpoint would only measure how fast it fails.
            throw new IllegalStateException(label + ": the warm-up got answers other than 2xx: " + warm.statuses()
                    + " " + warm.firstError());
        }
        Phase measured = generator.run(measuredRequests, maxDuration);

        long[] latencies = measured.latencies();
        Arrays.sort(latencies);
        double seconds = measured.nanos() / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("label", label);
        result.put("concurrency", concurrency);
        result.put("warmup_requests", warm.sent());
        result.put("requests", measured.sent());
        result.put("ok", measured.ok());
        result.put("failed", measured.sent() - measured.ok());
        result.put("statuses", measured.statuses());
        result.put("seconds", seconds);
        result.put("throughput_per_s", measured.ok() / seconds);
        result.put("p50_ms", percentile(latencies, 0.50) / 1e6);
        result.put("p90_ms", percentile(latencies, 0.90) / 1e6);
        result.put("p99_ms", percentile(latencies, 0.99) / 1e6);
        result.put("max_ms", latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        result.put("first_error", measured.firstError());
        Files.createDirectories(out.toAbsolutePath().getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s, %d processed, %.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                label, measured.sent(), seconds, measured.ok(), measured.ok() / seconds,
                percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6);
        if (measured.ok() != measured.sent()) {
            System.out.println(label + ": some requests failed: " + measured.statuses() + " " + measured.firstError());
        }
    }

    /** Waits until the server accepts a connection. */
    private void awaitListening(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("nothing listens on " + target + " after " + wait);
                }
                Thread.sleep(250);
            }
        }
    }

    /** Builds, signs and serialises {@code count} requests for events {@code first...}. */
    private byte[][] build(int first, int count, String secret, long timestamp) {
        byte[][] built = new byte[count][];
        String path = target.getRawPath();
        for (int i = 0; i < count; i++) {
            byte[] body = BenchmarkEvents.siglumeConfirmed(first + i, 0);
            String head = "POST " + path + " HTTP/1.1\r\n"
                    + "Host: " + target.getHost() + ":" + target.getPort() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + Sdrp.SIGNATURE_HEADER + ": " + WebhookSignatures.header(secret, body, timestamp) + "\r\n"
                    + "\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            built[i] = request;
        }
        return built;
    }

    /** Sends every request once over {@link #concurrency} connections, until done or out of time. */
    private Phase run(byte[][] requests, Duration maxDuration) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        LongAdder ok = new LongAdder();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        long[][] latencies = new long[concurrency][];
        int[] recorded = new int[concurrency];
        long start = System.nanoTime();
        long deadline = start + maxDuration.toNanos();
        Thread[] workers = new Thread[concurrency];
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            latencies[w] = new long[requests.length];
            workers[w] = new Thread(() -> {
                Connection connection = null;
                try {
                    for (int i = next.getAndIncrement(); i < requests.length && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        if (connection == null) {
                            connection = new Connection(target.getHost(), target.getPort());
                        }
                        long sent = System.nanoTime();
                        Response response = connection.exchange(requests[i]);
                        latencies[worker][recorded[worker]++] = System.nanoTime() - sent;
                        statuses.computeIfAbsent(response.status(), s -> new LongAdder()).increment();
                        // Only the answer of an endpoint that recorded this event counts: a duplicate,
                        // or a different server on the port, would not say "processed".
                        if (response.status() >= 200 && response.status() <= 299
                                && response.body().contains(PROCESSED)) {
                            ok.increment();
                        } else if (errors.isEmpty()) {
                            errors.add("HTTP " + response.status() + " " + response.body());
                        }
                        if (response.closes()) {
                            connection.close();
                            connection = null;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // This connection stops; the report shows the failure and the missing requests.
                    errors.add(e.toString());
                    statuses.computeIfAbsent(-1, s -> new LongAdder()).increment();
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
            }, "load-" + w);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long nanos = System.nanoTime() - start;
        int total = 0;
        for (int count : recorded) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(latencies[w], 0, all, at, recorded[w]);
            at += recorded[w];
        }
        Map<String, Long> statusCounts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> statusCounts.put(String.valueOf(status), count.sum()));
        return new Phase(total, ok.sum(), nanos, all, statusCounts, errors.isEmpty() ? null : errors.get(0));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** What one phase did. */
    private record Phase(int sent, long ok, long nanos, long[] latencies, Map<String, Long> statuses,
            String firstError) {
    }

    /** One parsed response: status, body text and whether the server closes the connection. */
    private record Response(int status, String body, boolean closes) {
    }

    /** One keep-alive HTTP/1.1 connection; reads Content-Length and chunked bodies. */
    private static final class Connection {
        private final Socket socket;
        private final java.io.InputStream in;
        private final java.io.OutputStream out;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closes = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            byte[] body;
            if (chunked) {
                java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
                while (true) {
                    String sizeLine = readLine();
                    if (sizeLine == null) {
                        throw new IOException("connection closed inside a chunked body");
                    }
                    int semicolon = sizeLine.indexOf(';');
                    int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                    if (size == 0) {
                        while (true) {
                            String trailer = readLine();
                            if (trailer == null || trailer.isEmpty()) {
                                break;
                            }
                        }
                        break;
                    }
                    chunks.write(in.readNBytes(size));
                    readLine();
                }
                body = chunks.toByteArray();
            } else if (contentLength >= 0) {
                body = in.readNBytes((int) contentLength);
            } else {
                body = in.readAllBytes();
                closes = true;
            }
            return new Response(status, new String(body, StandardCharsets.UTF_8), closes);
        }

        /** Reads one CRLF-terminated line of the response head. */
        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (b == '\n') {
                    int length = line.length();
                    if (length > 0 && line.charAt(length - 1) == '\r') {
                        line.setLength(length - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= MAX_HEAD_BYTES) {
                    throw new IOException("response head line too long");
                }
                line.append((char) b);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a loopback socket that is already gone changes nothing for the results.
            }
        }
    }
}
