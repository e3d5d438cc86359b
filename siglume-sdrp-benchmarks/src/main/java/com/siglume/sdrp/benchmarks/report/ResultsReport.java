package com.siglume.sdrp.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the results table of a benchmark run from the files {@code run.sh} leaves in the results
 * directory: {@code b1.json} and {@code b3*.json} (JMH JSON), {@code b2-<endpoint>-<database>-r<round>.json}
 * (load generator; an endpoint {@code <name>-virtual} ran with virtual threads) and the same with
 * {@code -db.json} (database check), the same again as {@code b2r-...} for the reactive endpoints
 * ({@code reactive-starter}, {@code reactive-handwritten}), {@code b4.json} (startup runs),
 * {@code b5.json} (JMH JSON) and the paired runs {@code b3-paired-<n>.json} and
 * {@code b5-paired-<database>-<n>.json}. B2 is judged on the median of
 * its rounds, B4 on the median of its starts. Every figure is read from those
 * files; ratios are computed from the unrounded scores and the verdict compares them with the
 * targets. A missing file shows as a missing row, never as a number.
 */
public final class ResultsReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String B1 = "com.siglume.sdrp.benchmarks.webhook.WebhookVerificationBenchmark.";
    private static final String B3 = "com.siglume.sdrp.benchmarks.client.MerchantClientBenchmark.";
    private static final String B5 = "com.siglume.sdrp.benchmarks.checkout.CheckoutStartBenchmark.";
    private static final String ALLOC = "gc.alloc.rate.norm";

    private final Path results;
    private final List<String> lines = new ArrayList<>();

    private ResultsReport(Path results) {
        this.results = results;
    }

    /**
     * Prints the table to standard output and writes it to {@code summary.md} in the directory.
     *
     * @param args the results directory
     * @throws IOException when a results file cannot be read or the summary written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "results");
        ResultsReport report = new ResultsReport(dir);
        report.webhookVerification();
        report.loadRuns();
        report.reactiveLoadRuns();
        report.merchantClient();
        report.startup();
        report.checkoutStart();
        String text = String.join("\n", report.lines) + "\n";
        System.out.print(text);
        Files.writeString(dir.resolve("summary.md"), text);
    }

    private void webhookVerification() throws IOException {
        JsonNode runs = read("b1.json");
        line("### B1 webhook verification (JMH, 1 thread, ops/s = higher is better)");
        line("");
        if (runs == null) {
            line("b1.json is missing: B1 did not run.");
            line("");
            return;
        }
        line("| size | ours ops/s | stripe ops/s | floor ops/s | ours B/op | stripe B/op | floor B/op"
                + " | ours/stripe throughput (target >= 2.0 at 4096) | ours/floor time per op (target <= 1.5 at 4096) |");
        line("|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (String size : List.of("512", "4096", "65536")) {
            JsonNode ours = find(runs, B1 + "siglumeVerifyAndClassify", size);
            JsonNode stripe = find(runs, B1 + "stripeConstructEvent", size);
            JsonNode floor = find(runs, B1 + "floorHmacAndTreeParse", size);
            if (ours == null || stripe == null || floor == null) {
                line("| " + size + " | missing | | | | | | | |");
                continue;
            }
            double versusStripe = score(ours) / score(stripe);
            double versusFloor = score(floor) / score(ours);
            boolean targeted = "4096".equals(size);
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.2fx%s | %.2fx%s |", size,
                    withError(ours), withError(stripe), withError(floor), alloc(ours), alloc(stripe), alloc(floor),
                    versusStripe, targeted ? verdict(versusStripe >= 2.0) : "",
                    versusFloor, targeted ? verdict(versusFloor <= 1.5) : ""));
        }
        line("");
    }

    private void loadRuns() throws IOException {
        loadTableHead("### B2 webhook endpoint under load (HTTP/1.1 on 127.0.0.1, separate load process)");
        List<String> verdicts = new ArrayList<>();
        for (String database : List.of("h2", "postgresql")) {
            List<JsonNode> sample = loadRounds("b2", database, "sample");
            List<JsonNode> handWritten = loadRounds("b2", database, "handwritten");
            List<JsonNode> sampleVirtual = loadRounds("b2", database, "sample-virtual");
            List<JsonNode> handWrittenVirtual = loadRounds("b2", database, "handwritten-virtual");
            compare(verdicts, database, "sample/hand-written, platform threads", sample, handWritten, true);
            compare(verdicts, database, "sample/hand-written, virtual threads", sampleVirtual, handWrittenVirtual,
                    true);
            compare(verdicts, database, "sample virtual/platform threads", sampleVirtual, sample, false);
            compare(verdicts, database, "hand-written virtual/platform threads", handWrittenVirtual, handWritten,
                    false);
        }
        line("");
        verdicts.forEach(this::line);
        line("");
    }

    private void reactiveLoadRuns() throws IOException {
        loadTableHead("### B2 reactive: WebFlux + R2DBC webhook endpoint under load (same load, rounds and checks)");
        List<String> verdicts = new ArrayList<>();
        for (String database : List.of("h2", "postgresql")) {
            List<JsonNode> starter = loadRounds("b2r", database, "reactive-starter");
            List<JsonNode> handWritten = loadRounds("b2r", database, "reactive-handwritten");
            compare(verdicts, database, "reactive starter/hand-written", starter, handWritten, true);
        }
        line("");
        verdicts.forEach(this::line);
        line("");
    }

    private void loadTableHead(String title) {
        line(title);
        line("");
        line("| database | endpoint | round | requests | processed | req/s | p50 ms | p90 ms | p99 ms | max ms"
                + " | db events / paid orders |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    }

    /**
     * Compares the medians of two endpoints' rounds; with {@code targeted}, against B2's targets
     * (throughput at least 0.9 times, p99 equal or better).
     */
    private static void compare(List<String> verdicts, String database, String name, List<JsonNode> ours,
            List<JsonNode> theirs, boolean targeted) {
        if (ours.isEmpty() || theirs.isEmpty()) {
            return;
        }
        double throughputOurs = median(ours, "throughput_per_s");
        double throughputTheirs = median(theirs, "throughput_per_s");
        double ratio = throughputOurs / throughputTheirs;
        double p99Ours = median(ours, "p99_ms");
        double p99Theirs = median(theirs, "p99_ms");
        verdicts.add(String.format(Locale.ROOT,
                "- %s, median of %d/%d rounds: %s throughput %.2fx (%.0f vs %.0f req/s%s); p99 %.2f ms vs %.2f ms%s",
                database, ours.size(), theirs.size(), name, ratio, throughputOurs, throughputTheirs,
                targeted ? "; target >= 0.90: " + (ratio >= 0.9 ? "met" : "NOT met") : "", p99Ours, p99Theirs,
                targeted ? " (target equal or better: " + (p99Ours <= p99Theirs ? "met" : "NOT met") + ")" : ""));
    }

    /** The rounds {@code run.sh} made for one endpoint on one database in a step, each printed as a row. */
    private List<JsonNode> loadRounds(String step, String database, String endpoint) throws IOException {
        List<JsonNode> rounds = new ArrayList<>();
        for (int round = 1; ; round++) {
            String label = endpoint + "-" + database + "-r" + round;
            JsonNode run = read(step + "-" + label + ".json");
            if (run == null) {
                break;
            }
            JsonNode db = read(step + "-" + label + "-db.json");
            String counts = db == null ? "not checked"
                    : db.get("events").asLong() + " / " + db.get("paid_orders").asLong();
            line(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %s |",
                    database, endpointName(endpoint),
                    round, run.get("requests").asLong(), run.get("ok").asLong(), run.get("throughput_per_s").asDouble(),
                    run.get("p50_ms").asDouble(), run.get("p90_ms").asDouble(), run.get("p99_ms").asDouble(),
                    run.get("max_ms").asDouble(), counts));
            rounds.add(run);
        }
        if (rounds.isEmpty()) {
            line("| " + database + " | " + endpointName(endpoint) + " | not run | | | | | | | | |");
        }
        return rounds;
    }

    private static String endpointName(String endpoint) {
        boolean virtual = endpoint.endsWith("-virtual");
        String name = switch (endpoint.replace("-virtual", "")) {
            case "sample" -> "sample (starter filter + JDBC store + listener)";
            case "reactive-starter" -> "starter WebFlux endpoint + R2DBC store + Mono listener";
            case "reactive-handwritten" -> "hand-written WebFlux + R2DBC";
            default -> "hand-written MVC";
        };
        return name + (virtual ? ", virtual threads" : "");
    }

    private static double median(List<JsonNode> runs, String field) {
        return Medians.of(runs.stream().mapToDouble(run -> run.get(field).asDouble()).toArray());
    }

    private void merchantClient() throws IOException {
        line("### B3 merchant client GET against the loopback sandbox (JMH, 1 thread)");
        line("");
        line("| sandbox server | SDK getMerchant ops/s | raw HttpClient GET ops/s | raw GET + parse ops/s"
                + " | SDK B/op | raw B/op | SDK/raw throughput (target >= 0.9) |");
        line("|---|---:|---:|---:|---:|---:|---|");
        for (String variant : List.of("b3.json", "b3-delayed-ack.json")) {
            JsonNode runs = read(variant);
            String name = variant.equals("b3.json") ? "the sandbox as shipped (TCP_NODELAY on)"
                    : "with -Dsun.net.httpserver.nodelay=false (the JDK HttpServer default)";
            if (runs == null) {
                line("| " + name + " | not run | | | | | |");
                continue;
            }
            JsonNode sdk = find(runs, B3 + "sdkGetMerchant", null);
            JsonNode raw = find(runs, B3 + "rawGet", null);
            JsonNode rawParse = find(runs, B3 + "rawGetAndParse", null);
            if (sdk == null || raw == null) {
                line("| " + name + " | missing | | | | | |");
                continue;
            }
            double ratio = score(sdk) / score(raw);
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2fx%s |", name, withError(sdk),
                    withError(raw), rawParse == null ? "not run" : withError(rawParse), alloc(sdk), alloc(raw), ratio,
                    verdict(ratio >= 0.9)));
        }
        line("");
        pairedLine("b3-paired-", "sdk_throughput_vs_raw", "SDK and raw calls", "SDK/raw");
        line("");
        JsonNode runs = read("b3.json");
        if (runs != null) {
            JsonNode sdk = find(runs, B3 + "sdkGetMerchant", null);
            JsonNode raw = find(runs, B3 + "rawGet", null);
            JsonNode rawAsync = find(runs, B3 + "rawSendAsync", null);
            JsonNode canned = find(runs, B3 + "sdkGetMerchantCannedResponse", null);
            JsonNode rawBuilt = find(runs, B3 + "rawGetBuiltPerCall", null);
            if (sdk != null && rawBuilt != null) {
                line(String.format(Locale.ROOT, "Raw GET with its request built per call: %s ops/s, %s B/op;"
                        + " SDK/raw-built-per-call throughput %.2fx.", withError(rawBuilt), alloc(rawBuilt),
                        score(sdk) / score(rawBuilt)));
                line("");
            }
            if (sdk != null && raw != null && rawAsync != null && canned != null) {
                line("Time per call (1 / throughput): " + String.format(Locale.ROOT,
                        "SDK %.1f us, raw GET (send) %.1f us, raw GET sent with sendAsync + get(timeout) %.1f us,"
                                + " SDK work alone (canned response, no network) %.1f us (%s B/op).",
                        1e6 / score(sdk), 1e6 / score(raw), 1e6 / score(rawAsync), 1e6 / score(canned), alloc(canned)));
                line("");
            }
        }
    }

    private void startup() throws IOException {
        line("### B4 startup: the same Boot web app without and with the starter (fresh JVM per start)");
        line("");
        JsonNode run = read("b4.json");
        if (run == null) {
            line("b4.json is missing: B4 did not run.");
            line("");
            return;
        }
        line("| variant | measured starts | median ready ms | min ms | max ms | median processor ms |"
                + " classes loaded (median) | bean definitions (median) |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String variant : List.of("baseline", "starter")) {
            List<JsonNode> starts = new ArrayList<>();
            run.get("starts").forEach(start -> {
                if (start.get("variant").asString().equals(variant) && !start.get("discarded").asBoolean()) {
                    starts.add(start);
                }
            });
            line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %s | %.0f | %.0f |",
                    variant.equals("baseline") ? "without the starter" : "with the starter (webhook secret, one listener)",
                    starts.size(), run.get(variant + "_median_ready_ms").asDouble(),
                    run.get(variant + "_min_ready_ms").asDouble(), run.get(variant + "_max_ready_ms").asDouble(),
                    recorded(run, variant + "_median_cpu_ms", "%.0f"), median(starts, "classes"),
                    median(starts, "beans")));
        }
        double ratio = run.get("starter_vs_baseline_median_ready").asDouble();
        line("");
        line(String.format(Locale.ROOT, "Median time from JVM start to ApplicationReadyEvent, with the starter /"
                + " without: %.3fx (%+.1f %%; target <= 1.10:%s); processor time until then %s; after %d discarded"
                + " warm-up starts of each; JVM options %s.", ratio, (ratio - 1) * 100, verdict(ratio <= 1.10),
                recorded(run, "starter_vs_baseline_median_cpu", "%.3fx"), run.get("warmup_starts_per_variant").asInt(),
                run.get("jvm_options")));
        line("");
    }

    private void checkoutStart() throws IOException {
        line("### B5 checkout start of a new order against the loopback sandbox (1 thread)");
        line("");
        JsonNode runs = read("b5.json");
        if (runs == null) {
            line("b5.json is missing: B5's JMH run did not run.");
            line("");
        } else {
            line("| database | SiglumeCheckout.start ops/s | bare call + INSERT ops/s | start B/op | bare B/op"
                    + " | start/bare throughput (target >= 0.9) |");
            line("|---|---:|---:|---:|---:|---|");
            for (String database : List.of("h2", "postgresql")) {
                JsonNode checkout = find(runs, B5 + "checkoutStart", "database", database);
                JsonNode bare = find(runs, B5 + "bareCreateAndInsert", "database", database);
                if (checkout == null || bare == null) {
                    line("| " + database + " | not run | | | | |");
                    continue;
                }
                double ratio = score(checkout) / score(bare);
                line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2fx%s |", database, withError(checkout),
                        withError(bare), alloc(checkout), alloc(bare), ratio, verdict(ratio >= 0.9)));
            }
            line("");
        }
        for (String database : List.of("h2", "postgresql")) {
            pairedLine("b5-paired-" + database + "-", "checkout_throughput_vs_bare",
                    "checkout and bare calls on " + database, "checkout/bare");
            line("");
        }
    }

    /**
     * The verdict line of a paired run: the median over the rounds of all its JVMs
     * ({@code <prefix>1.json}, {@code <prefix>2.json}, …) of the ratio each round recorded.
     */
    private void pairedLine(String prefix, String ratioField, String sides, String ratioName) throws IOException {
        List<Double> paired = new ArrayList<>();
        for (int fork = 1; ; fork++) {
            JsonNode run = read(prefix + fork + ".json");
            if (run == null) {
                break;
            }
            run.get("rounds").forEach(round -> paired.add(round.get(ratioField).asDouble()));
        }
        if (paired.isEmpty()) {
            line("Paired run (" + sides + " alternating in one loop): not run.");
            return;
        }
        double[] ratios = paired.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = Medians.of(ratios);
        line(String.format(Locale.ROOT, "Paired run (%s alternating in one loop), %d rounds: %s throughput median"
                + " %.3fx (min %.3f, max %.3f; target >= 0.9:%s)", sides, ratios.length, ratioName, median, ratios[0],
                ratios[ratios.length - 1], verdict(median >= 0.9)));
    }

    /** A figure of the run, or "not recorded" when the run's tools did not record it yet. */
    private static String recorded(JsonNode run, String field, String format) {
        JsonNode value = run.path(field);
        return value.isNumber() ? String.format(Locale.ROOT, format, value.asDouble()) : "not recorded";
    }

    private JsonNode read(String name) throws IOException {
        Path file = results.resolve(name);
        return Files.exists(file) ? JSON.readTree(file.toFile()) : null;
    }

    private static JsonNode find(JsonNode runs, String benchmark, String size) {
        return find(runs, benchmark, "size", size);
    }

    /** The JMH result of a benchmark whose parameter {@code param} is {@code value} (any, when null). */
    private static JsonNode find(JsonNode runs, String benchmark, String param, String value) {
        for (JsonNode run : runs) {
            if (run.get("benchmark").asString().equals(benchmark)
                    && (value == null || value.equals(run.path("params").path(param).asString()))) {
                return run;
            }
        }
        return null;
    }

    private static double score(JsonNode run) {
        return run.get("primaryMetric").get("score").asDouble();
    }

    private static String withError(JsonNode run) {
        JsonNode metric = run.get("primaryMetric");
        // JMH writes "NaN" (a string) when one iteration gives no error estimate.
        JsonNode error = metric.get("scoreError");
        String score = String.format(Locale.ROOT, "%.1f", metric.get("score").asDouble());
        return error.isNumber() ? score + String.format(Locale.ROOT, " ± %.1f", error.asDouble()) : score;
    }

    private static String alloc(JsonNode run) {
        JsonNode metric = run.path("secondaryMetrics").path(ALLOC);
        return metric.isMissingNode() ? "n/a" : String.format(Locale.ROOT, "%.0f", metric.get("score").asDouble());
    }

    private static String verdict(boolean met) {
        return met ? " met" : " NOT met";
    }

    private void line(String text) {
        lines.add(text);
    }
}
