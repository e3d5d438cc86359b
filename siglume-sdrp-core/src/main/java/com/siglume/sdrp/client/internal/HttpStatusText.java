package com.siglume.sdrp.client.internal;

import java.util.Map;

/**
 * Standard reason phrases, used as an error message when the API gives none (the JDK's HTTP
 * client does not expose the phrase the server sent).
 *
 * <p>Not part of the public API.
 */
public final class HttpStatusText {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(425, "Too Early"), Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpStatusText() {
    }

    /**
     * Returns the reason phrase of a status.
     *
     * @param status the HTTP status
     * @return the phrase, or {@code HTTP <status>} for one without a standard phrase
     */
    public static String of(int status) {
        return PHRASES.getOrDefault(status, "HTTP " + status);
    }
}
