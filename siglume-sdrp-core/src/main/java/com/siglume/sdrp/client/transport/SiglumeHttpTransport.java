package com.siglume.sdrp.client.transport;

import java.io.IOException;

/**
 * Sends one HTTP exchange for the Siglume clients.
 *
 * <p>The clients build every request (URL, headers, JSON bytes, timeout), decide what an answer
 * means and when to retry; a transport only moves bytes. Implementations must be thread-safe and
 * must not retry, follow redirects to other hosts, log headers or log bodies: the
 * {@code Authorization} header carries a bearer token.
 *
 * <p>Contract:
 * <ul>
 *   <li>Send {@link SiglumeHttpRequest#method()} to {@link SiglumeHttpRequest#uri()} with exactly
 *       the given headers and, when present, exactly the given body bytes.</li>
 *   <li>Treat {@link SiglumeHttpRequest#timeout()} as the time the whole attempt may take, from
 *       sending the request to the end of reading the body: give up when no response head has
 *       arrived within it, and make sure no read of the body blocks much past it (a read
 *       timeout does). Signal it with {@link java.net.http.HttpTimeoutException} or
 *       {@link java.net.SocketTimeoutException} (or a subclass), so the client reports a timeout.
 *       The client checks the deadline around every read of the body itself, so a body that
 *       keeps trickling in cannot stretch the attempt either.</li>
 *   <li>Signal every other failure to obtain a response (refused or reset connection, TLS
 *       failure, broken stream) with any other {@link IOException}.</li>
 *   <li>Return every response that arrived, whatever its status: a 4xx or 5xx status is not an
 *       exception at this level.</li>
 *   <li>Return the body unread as a stream; the client closes the response.</li>
 * </ul>
 *
 * @see JdkHttpTransport the default implementation
 */
@FunctionalInterface
public interface SiglumeHttpTransport {

    /**
     * Sends a request and returns the response head with its unread body.
     *
     * @param request the request to send, never {@code null}
     * @return the response; the caller closes it
     * @throws IOException when no response was obtained (see the class contract for timeouts)
     */
    SiglumeHttpResponse send(SiglumeHttpRequest request) throws IOException;
}
