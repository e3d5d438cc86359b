package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.sandbox.ApiFault;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SandboxState;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves a route table: applies queued API faults to the {@code /v1} API paths, finds the route
 * (404 {@value #ROUTE_NOT_FOUND}, or 405 {@value #METHOD_NOT_ALLOWED} with {@code Allow}),
 * checks the bearer token, calls the handler and writes its reply or error.
 */
public final class SandboxHttpHandler implements HttpHandler {

    /** Error code of a path no route has. */
    public static final String ROUTE_NOT_FOUND = "SANDBOX_ROUTE_NOT_FOUND";
    /** Error code of a method a route's path does not answer. */
    public static final String METHOD_NOT_ALLOWED = "SANDBOX_METHOD_NOT_ALLOWED";

    /** A body that starts like an envelope and stops: not JSON. */
    private static final byte[] INVALID_JSON = "{\"data\": {\"sandbox\": \"invalid json"
            .getBytes(StandardCharsets.UTF_8);

    private final RouteTable table;
    private final SandboxState state;
    private final BearerAuth auth;

    /**
     * Creates the handler.
     *
     * @param table the routes
     * @param sandbox the sandbox, for the bearer-token settings
     * @param state its state, for the queued API faults
     */
    public SandboxHttpHandler(RouteTable table, SiglumeSandbox sandbox, SandboxState state) {
        this.table = table;
        this.state = state;
        this.auth = new BearerAuth(sandbox);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            dispatch(exchange);
        } catch (SandboxException e) {
            HttpReplies.error(exchange, e.status(), e.code(), e.getMessage());
        } catch (IOException e) {
            // The client went away; nothing can be answered.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            HttpReplies.error(exchange, 500, "SANDBOX_INTERNAL_ERROR", "sandbox internal error");
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        List<String> path = PathPattern.segments(exchange.getRequestURI().getRawPath());
        if (isApiPath(path) && applyFault(exchange)) {
            return;
        }
        RouteTable.Lookup lookup = table.lookup(method, path);
        if (lookup instanceof RouteTable.Match match) {
            auth.check(match.route().access(), exchange);
            Reply reply = match.route().handler().handle(new SandboxRequest(exchange, match.variables()));
            HttpReplies.write(exchange, reply);
        } else if (lookup instanceof RouteTable.MethodNotAllowed refused) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", refused.allowed()));
            throw new SandboxException(405, METHOD_NOT_ALLOWED, "sandbox route does not answer " + method);
        } else {
            throw new SandboxException(404, ROUTE_NOT_FOUND, "sandbox route not found");
        }
    }

    /**
     * The Siglume API paths: {@code /v1} but not the sandbox's own {@code /v1/sandbox}. Faults
     * apply to them before routing and authentication, as a gateway in front of the API would.
     */
    private static boolean isApiPath(List<String> path) {
        return "v1".equals(path.get(0)) && !(path.size() > 1 && "sandbox".equals(path.get(1)));
    }

    /** Applies the next queued fault; true when it answered (or dropped) the call. */
    private boolean applyFault(HttpExchange exchange) throws IOException, InterruptedException {
        ApiFault fault = state.nextApiFault().orElse(null);
        if (fault == null) {
            return false;
        }
        if (fault instanceof ApiFault.Status status) {
            if (status.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(status.retryAfterSeconds()));
            }
            HttpReplies.error(exchange, status.status(), status.code(), status.message());
            return true;
        }
        if (fault instanceof ApiFault.Stall stall) {
            Thread.sleep(stall.duration().toMillis());
            return false;
        }
        if (fault instanceof ApiFault.InvalidJson) {
            HttpReplies.send(exchange, 200, "application/json", INVALID_JSON);
            return true;
        }
        // ResetConnection: closing an exchange that sent no headers closes its connection.
        exchange.close();
        return true;
    }
}
