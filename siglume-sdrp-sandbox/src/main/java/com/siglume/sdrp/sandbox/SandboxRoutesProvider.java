package com.siglume.sdrp.sandbox;

import com.sun.net.httpserver.HttpHandler;

/**
 * Serves a sandbox's HTTP routes. The sandbox's route table implements it and is found with
 * {@link java.util.ServiceLoader} when a sandbox starts, so that this package, the sandbox's
 * API, depends on none of the packages that implement the routes. Not for applications.
 */
public interface SandboxRoutesProvider {

    /**
     * Builds the handler of every request a started sandbox receives.
     *
     * @param sandbox the sandbox, for its configuration and knobs
     * @param state its state, for what the routes need beyond the sandbox's own API
     * @return the handler
     */
    HttpHandler handler(SiglumeSandbox sandbox, SandboxState state);
}
