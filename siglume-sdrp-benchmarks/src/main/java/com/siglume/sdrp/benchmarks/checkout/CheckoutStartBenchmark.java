package com.siglume.sdrp.benchmarks.checkout;

import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B5: {@code SiglumeCheckout.start} for an order's first attempt, against the least a hand-written
 * checkout must do for it ({@link CheckoutPaths}), on in-memory H2 and on PostgreSQL. Before each iteration the sandbox forgets its
 * sessions and the table is emptied, so neither grows through the run. The forks log warnings
 * only ({@code b5-logback.xml}): the checkout's one INFO line per new attempt would otherwise
 * measure the console.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Dlogback.configurationFile=b5-logback.xml")
@State(Scope.Benchmark)
public class CheckoutStartBenchmark {

    /** The database: {@code h2} (in memory) or {@code postgresql} (on 127.0.0.1:5432). */
    @Param({"h2", "postgresql"})
    public String database;

    private CheckoutPaths paths;

    /** Starts the sandbox, creates the table and checks that each path creates a session. */
    @Setup(Level.Trial)
    public void setUp() {
        paths = CheckoutPaths.start(database);
    }

    /** Forgets the sessions and attempts of the previous iteration. */
    @Setup(Level.Iteration)
    public void forget() {
        paths.forget();
    }

    /** Stops the sandbox and the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        paths.close();
    }

    /**
     * The checkout's start of a new order.
     *
     * @return the start
     */
    @Benchmark
    public CheckoutStart checkoutStart() {
        return paths.checkoutStart();
    }

    /**
     * The bare client call plus one insert.
     *
     * @return the created session
     */
    @Benchmark
    public CreatedCheckoutSession bareCreateAndInsert() {
        return paths.bareCreateAndInsert();
    }
}
