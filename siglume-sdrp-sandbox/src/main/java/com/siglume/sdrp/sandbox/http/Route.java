package com.siglume.sdrp.sandbox.http;

/**
 * One row of the route table: a method and a path pattern, who may call it, and its handler.
 * A {@code GET} route also answers {@code HEAD}, without a body.
 *
 * @param method the HTTP method, upper case
 * @param path the path pattern
 * @param access who may call it
 * @param handler what answers it
 */
public record Route(String method, PathPattern path, Access access, RouteHandler handler) {

    /** Who may call a route. */
    public enum Access {
        /** A Siglume API route of the merchant: the sandbox merchant's bearer token. */
        MERCHANT,
        /** A Siglume API route of the buyer who pays (an agent): the sandbox buyer's bearer token. */
        BUYER,
        /**
         * A statement route of a buyer or provider: any bearer token, since the sandbox's one
         * merchant and one buyer share the same statements.
         */
        USER,
        /** The sandbox's own routes and the checkout page: no token, the page's buttons post to them. */
        OPEN
    }

    /**
     * A {@code GET} route.
     *
     * @param path the path pattern
     * @param access who may call it
     * @param handler what answers it
     * @return the route
     */
    public static Route get(String path, Access access, RouteHandler handler) {
        return new Route("GET", PathPattern.of(path), access, handler);
    }

    /**
     * A {@code POST} route.
     *
     * @param path the path pattern
     * @param access who may call it
     * @param handler what answers it
     * @return the route
     */
    public static Route post(String path, Access access, RouteHandler handler) {
        return new Route("POST", PathPattern.of(path), access, handler);
    }

    /**
     * A {@code PUT} route.
     *
     * @param path the path pattern
     * @param access who may call it
     * @param handler what answers it
     * @return the route
     */
    public static Route put(String path, Access access, RouteHandler handler) {
        return new Route("PUT", PathPattern.of(path), access, handler);
    }

    /**
     * A {@code DELETE} route.
     *
     * @param path the path pattern
     * @param access who may call it
     * @param handler what answers it
     * @return the route
     */
    public static Route delete(String path, Access access, RouteHandler handler) {
        return new Route("DELETE", PathPattern.of(path), access, handler);
    }

    /**
     * Tells whether this route answers a method.
     *
     * @param requestMethod the request's method
     * @return {@code true} for its method, and for {@code HEAD} on a {@code GET} route
     */
    public boolean answers(String requestMethod) {
        return method.equals(requestMethod) || ("HEAD".equals(requestMethod) && "GET".equals(method));
    }
}
