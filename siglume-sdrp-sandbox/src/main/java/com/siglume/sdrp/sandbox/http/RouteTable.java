package com.siglume.sdrp.sandbox.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's routes, looked up by method and path: the first route whose pattern and method
 * match answers; a path some route matches under other methods only is refused with 405 and
 * {@code Allow}; any other path is not found.
 */
public final class RouteTable {

    private final List<Route> routes;

    /**
     * Creates a table.
     *
     * @param routes the routes, in the order they are tried
     * @throws IllegalArgumentException when two routes have the same method and pattern
     */
    public RouteTable(List<Route> routes) {
        Set<String> keys = new LinkedHashSet<>();
        for (Route route : routes) {
            if (!keys.add(route.method() + " " + route.path())) {
                throw new IllegalArgumentException("route listed twice: " + route.method() + " " + route.path());
            }
        }
        this.routes = List.copyOf(routes);
    }

    /** The outcome of a lookup. */
    public sealed interface Lookup permits Match, MethodNotAllowed, NotFound {
    }

    /**
     * The route that answers, with the path's variables.
     *
     * @param route the route
     * @param variables the path variables by name
     */
    public record Match(Route route, Map<String, String> variables) implements Lookup {
    }

    /**
     * The path exists, under other methods.
     *
     * @param allowed the methods it answers, in table order ({@code HEAD} after {@code GET})
     */
    public record MethodNotAllowed(List<String> allowed) implements Lookup {
    }

    /** No route has the path. */
    public record NotFound() implements Lookup {
    }

    /**
     * Finds the route for a request.
     *
     * @param method the request's method
     * @param path the request's decoded path segments
     * @return the match, or why there is none
     */
    public Lookup lookup(String method, List<String> path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> variables = route.path().match(path);
            if (variables.isEmpty()) {
                continue;
            }
            if (route.answers(method)) {
                return new Match(route, variables.get());
            }
            allowed.add(route.method());
            if ("GET".equals(route.method())) {
                allowed.add("HEAD");
            }
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(List.copyOf(allowed));
    }

    /**
     * Returns the routes.
     *
     * @return the routes, in table order
     */
    public List<Route> routes() {
        return routes;
    }
}
