package com.siglume.sdrp.benchmarks.startup;

import com.siglume.sdrp.benchmarks.load.Options;
import com.siglume.sdrp.benchmarks.report.Medians;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * B4: what the starter adds to an application's startup. Starts the startup shop
 * ({@code siglume-sdrp-benchmarks/startup-app}) in fresh JVMs on two class paths that differ only
 * by the starter (and what only it brings), alternately: baseline, starter, baseline, starter,
 * … First {@code --warmup} starts of each are made and discarded (they fill the operating
 * system's file cache), then {@code --starts} of each are measured. A start's time is the
 * application's {@code ready_ms}: from the JVM's own start time to Spring Boot's
 * {@code ApplicationReadyEvent}. The runner's wall-clock time from launching the process to
 * reading the ready line is recorded beside it (it adds the JVM's own boot), and so is the
 * processor time the application used until it was ready, which other processes' load changes
 * far less. The verdict compares the medians of {@code ready_ms}.
 *
 * <pre>
 * java -cp ... com.siglume.sdrp.benchmarks.startup.StartupRun --app-classes startup-app/target/classes \
 *     --baseline-classpath startup-app/target/startup-baseline.classpath \
 *     --starter-classpath startup-app/target/startup-starter.classpath \
 *     --warmup 2 --starts 10 --jvm-options "-Xms512m -Xmx1g" --out results/b4.json
 * </pre>
 */
public final class StartupRun {

    private static final String MAIN = "com.siglume.sdrp.benchmarks.startup.StartupShopApplication";
    private static final Pattern READY = Pattern.compile(
            "^B4-READY ready_ms=(\\d+) cpu_ms=(\\d+) classes=(\\d+) beans=(\\d+)$");
    private static final long START_TIMEOUT_SECONDS = 300;

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> jvmOptions;

    private StartupRun(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    /**
     * Runs the alternating starts and writes the result.
     *
     * @param args {@code --app-classes DIR --baseline-classpath FILE --starter-classpath FILE --out FILE}
     *        and optionally {@code --starts N} (10), {@code --warmup N} (2), {@code --jvm-options "..."}
     * @throws Exception when a start fails or never gets ready, which would make the run meaningless
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String appClasses = Options.required(options, "app-classes");
        Map<String, String> classPaths = new LinkedHashMap<>();
        classPaths.put("baseline", appClasses + ":" + read(Options.required(options, "baseline-classpath")));
        classPaths.put("starter", appClasses + ":" + read(Options.required(options, "starter-classpath")));
        int starts = Integer.parseInt(options.getOrDefault("starts", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
        String jvm = options.getOrDefault("jvm-options", "").trim();
        Path out = Path.of(Options.required(options, "out"));
        StartupRun run = new StartupRun(jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")));

        List<Map<String, Object>> records = new ArrayList<>();
        Map<String, List<Long>> measured = new LinkedHashMap<>();
        Map<String, List<Long>> measuredCpu = new LinkedHashMap<>();
        classPaths.keySet().forEach(variant -> {
            measured.put(variant, new ArrayList<>());
            measuredCpu.put(variant, new ArrayList<>());
        });
        for (int index = 0; index < warmup + starts; index++) {
            boolean discarded = index < warmup;
            for (Map.Entry<String, String> variant : classPaths.entrySet()) {
                Map<String, Object> start = run.start(variant.getValue());
                start.put("variant", variant.getKey());
                start.put("start", index + 1);
                start.put("discarded", discarded);
                records.add(start);
                if (!discarded) {
                    measured.get(variant.getKey()).add((Long) start.get("ready_ms"));
                    measuredCpu.get(variant.getKey()).add((Long) start.get("cpu_ms"));
                }
                System.out.printf(Locale.ROOT, "b4 %s start %d%s: ready after %d ms (launch to ready %d ms, cpu %d ms,"
                        + " %d classes, %d beans, load %s)%n", variant.getKey(), index + 1,
                        discarded ? " (warm-up, discarded)" : "", start.get("ready_ms"), start.get("launch_to_ready_ms"),
                        start.get("cpu_ms"), start.get("classes"), start.get("beans"), start.get("load_average"));
            }
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("jvm_options", run.jvmOptions);
        result.put("warmup_starts_per_variant", warmup);
        result.put("measured_starts_per_variant", starts);
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> variant : measured.entrySet()) {
            double[] values = variant.getValue().stream().mapToDouble(Long::doubleValue).toArray();
            medians.put(variant.getKey(), Medians.of(values));
            Arrays.sort(values);
            result.put(variant.getKey() + "_median_ready_ms", Medians.of(values));
            result.put(variant.getKey() + "_min_ready_ms", values[0]);
            result.put(variant.getKey() + "_max_ready_ms", values[values.length - 1]);
            result.put(variant.getKey() + "_median_cpu_ms",
                    Medians.of(measuredCpu.get(variant.getKey()).stream().mapToDouble(Long::doubleValue).toArray()));
        }
        double ratio = medians.get("starter") / medians.get("baseline");
        result.put("starter_vs_baseline_median_ready", ratio);
        double cpuRatio = (Double) result.get("starter_median_cpu_ms") / (Double) result.get("baseline_median_cpu_ms");
        result.put("starter_vs_baseline_median_cpu", cpuRatio);
        result.put("starts", records);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        System.out.printf(Locale.ROOT, "b4: median ready %.0f ms without the starter, %.0f ms with it: %.3fx"
                + " (%+.1f %%); processor time %.3fx; %d starts each%n", medians.get("baseline"), medians.get("starter"),
                ratio, (ratio - 1) * 100, cpuRatio, starts);
    }

    /** Starts the application once, waits for its ready line and for it to exit. */
    private Map<String, Object> start(String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, MAIN));
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Its output is read to the end below; a start that hangs is ended here.
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "b4-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Deque<String> tail = new ArrayDeque<>();
        Matcher ready = null;
        long readyNanos = 0;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = output.readLine()) != null; ) {
                if (ready == null) {
                    Matcher matcher = READY.matcher(line);
                    if (matcher.matches()) {
                        readyNanos = System.nanoTime();
                        ready = matcher;
                    }
                }
                tail.addLast(line);
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
            }
        }
        int exit = process.waitFor();
        if (ready == null || exit != 0) {
            throw new IllegalStateException("the application did not report ready and exit within "
                    + START_TIMEOUT_SECONDS + " s (exit " + exit + "); its last lines:\n" + String.join("\n", tail));
        }
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("ready_ms", Long.parseLong(ready.group(1)));
        start.put("launch_to_ready_ms", (readyNanos - launched) / 1_000_000);
        start.put("cpu_ms", Long.parseLong(ready.group(2)));
        start.put("classes", Long.parseLong(ready.group(3)));
        start.put("beans", Long.parseLong(ready.group(4)));
        start.put("load_average", load);
        return start;
    }

    private static String read(String classPathFile) throws IOException {
        return Files.readString(Path.of(classPathFile)).trim();
    }
}
