package com.siglume.sdrp.sandbox.http;

import java.io.IOException;

/** Answers the requests of one route. */
@FunctionalInterface
public interface RouteHandler {

    /**
     * Answers a request; refusals are thrown as {@link com.siglume.sdrp.sandbox.SandboxException}
     * with the status and code to answer.
     *
     * @param request the request, with its path variables
     * @return what to answer
     * @throws IOException when the request body cannot be read
     */
    Reply handle(SandboxRequest request) throws IOException;
}
