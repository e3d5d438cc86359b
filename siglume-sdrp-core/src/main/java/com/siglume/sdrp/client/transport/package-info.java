/**
 * The HTTP transport the clients send through: {@link com.siglume.sdrp.client.transport.SiglumeHttpTransport}
 * (one exchange of bytes), its request and response, and the default
 * {@link com.siglume.sdrp.client.transport.JdkHttpTransport} on the JDK's {@code HttpClient}. The
 * Spring Boot starter supplies one on Spring's {@code RestClient}.
 */
@NullMarked
package com.siglume.sdrp.client.transport;

import org.jspecify.annotations.NullMarked;
