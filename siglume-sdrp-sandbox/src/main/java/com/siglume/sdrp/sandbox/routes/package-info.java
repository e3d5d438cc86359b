/**
 * The sandbox's route table, {@link com.siglume.sdrp.sandbox.routes.SandboxRoutes}: one row per
 * method and path, naming who may call it and the handler that answers. Each API area is one
 * handler class in a package of its own; adding an area is that class and its rows here.
 * Not for applications.
 */
package com.siglume.sdrp.sandbox.routes;
