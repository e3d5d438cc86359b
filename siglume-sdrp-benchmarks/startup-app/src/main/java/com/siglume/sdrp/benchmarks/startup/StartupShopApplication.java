package com.siglume.sdrp.benchmarks.startup;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * B4's application: a small shop as many start out (Spring MVC on Tomcat, actuator health, JDBC
 * on an embedded H2 database initialised from {@code schema.sql}). {@code StartupRun} starts it
 * on two class paths, without and with the starter; its configuration is the same for both, and
 * {@link OrderPaymentListener} exists only when the starter is there.
 *
 * <p>When the application is ready it prints one line, {@code B4-READY ready_ms=<n> cpu_ms=<n>
 * classes=<n> beans=<n>}, where {@code ready_ms} is the time from the JVM's start (as the JVM
 * records it) to the {@link ApplicationReadyEvent} and {@code cpu_ms} the processor time the
 * process used until then (all its threads, the JIT compiler's and the collector's included;
 * other processes' load changes it far less than the elapsed time), and exits. With {@code -Db4.startup-steps=<file>} it also
 * records Spring's startup steps ({@link BufferingApplicationStartup}) and writes them to the
 * file, one tab-separated line per step: own time in µs (the step's time without that of the
 * steps inside it), total time in µs, name and tags. Recording steps costs time of its own, so
 * timed starts never do it.
 */
@SpringBootApplication
public class StartupShopApplication {

    /** Marks the line {@code StartupRun} waits for. */
    public static final String READY_LINE = "B4-READY";

    private static final String STEPS_PROPERTY = "b4.startup-steps";

    /**
     * Starts the shop, reports when it is ready, and stops it.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(StartupShopApplication.class);
        String stepsFile = System.getProperty(STEPS_PROPERTY);
        BufferingApplicationStartup steps = stepsFile == null ? null : new BufferingApplicationStartup(200_000);
        if (steps != null) {
            application.setApplicationStartup(steps);
        }
        AtomicLong readyAt = new AtomicLong();
        AtomicLong cpuAtReady = new AtomicLong();
        application.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> {
            readyAt.set(System.currentTimeMillis());
            cpuAtReady.set(processCpuNanos());
        });
        ConfigurableApplicationContext context = application.run(args);
        long readyMillis = readyAt.get() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(READY_LINE + " ready_ms=" + readyMillis + " cpu_ms=" + cpuAtReady.get() / 1_000_000
                + " classes=" + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()
                + " beans=" + context.getBeanDefinitionCount());
        if (steps != null) {
            writeSteps(steps.getBufferedTimeline(), Path.of(stepsFile));
        }
        System.exit(SpringApplication.exit(context));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void writeSteps(StartupTimeline timeline, Path file) {
        Map<Long, Long> nestedNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                nestedNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
                StartupStep step = event.getStartupStep();
                Duration total = event.getDuration();
                long own = total.toNanos() - nestedNanos.getOrDefault(step.getId(), 0L);
                StringBuilder tags = new StringBuilder();
                step.getTags().forEach(tag -> tags.append(tags.isEmpty() ? "" : " ")
                        .append(tag.getKey()).append('=').append(tag.getValue()));
                out.printf("%d\t%d\t%s\t%s%n", own / 1000, total.toNanos() / 1000, step.getName(), tags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
