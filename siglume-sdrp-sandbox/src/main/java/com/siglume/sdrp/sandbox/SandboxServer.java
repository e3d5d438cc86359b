package com.siglume.sdrp.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server of one started sandbox, on 127.0.0.1, with its own daemon threads. */
final class SandboxServer {

    private static final int SERVER_THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;

    private SandboxServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds the port and serves the routes of the one {@link SandboxRoutesProvider} on the class path.
     *
     * @throws SandboxException when the routes are missing or the port cannot be bound
     */
    static SandboxServer start(int port, SiglumeSandbox sandbox, SandboxState state, String threadPrefix) {
        HttpHandler handler = routesProvider().handler(sandbox, state);
        enableTcpNoDelay();
        ExecutorService executor = Executors.newFixedThreadPool(SERVER_THREADS, daemonThreads(threadPrefix + "-http"));
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new SandboxException(500, "SANDBOX_BIND_FAILED",
                    "cannot listen on 127.0.0.1:" + port + " (" + e.getClass().getSimpleName() + ")", e);
        }
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new SandboxServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static SandboxRoutesProvider routesProvider() {
        List<SandboxRoutesProvider> providers = ServiceLoader
                .load(SandboxRoutesProvider.class, SandboxRoutesProvider.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        if (providers.size() != 1) {
            // A jar that repackages the sandbox without merging META-INF/services ends up here.
            throw new SandboxException(500, "SANDBOX_ROUTES_MISSING", "expected one "
                    + SandboxRoutesProvider.class.getName() + " in META-INF/services, found " + providers.size());
        }
        return providers.get(0);
    }

    /**
     * The JDK server writes a response's head and body separately and leaves Nagle's algorithm
     * on, so every answer waits ~40 ms for the client's delayed ACK. The server reads this
     * property once, when its first instance is created; an explicit setting is kept.
     */
    private static void enableTcpNoDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Daemon threads, so a forgotten sandbox never keeps a JVM alive through its pools. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
