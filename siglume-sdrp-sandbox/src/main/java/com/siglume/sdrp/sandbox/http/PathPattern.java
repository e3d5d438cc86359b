package com.siglume.sdrp.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route's path: literal segments and {@code {name}} variables, for example
 * {@code /v1/sdrp/direct-payments/merchants/{merchant}/readiness}. A variable matches one
 * non-empty segment; a trailing slash is a segment of its own, so it never matches.
 */
public final class PathPattern {

    private final String template;
    private final List<String> segments;

    private PathPattern(String template, List<String> segments) {
        this.template = template;
        this.segments = segments;
    }

    /**
     * Parses a template.
     *
     * @param template a path starting with {@code /}
     * @return the pattern
     * @throws IllegalArgumentException when the template does not start with {@code /} or has an
     *         empty segment
     */
    public static PathPattern of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': " + template);
        }
        List<String> segments = List.of(template.substring(1).split("/", -1));
        if (segments.contains("")) {
            throw new IllegalArgumentException("a path pattern has no empty segment: " + template);
        }
        return new PathPattern(template, segments);
    }

    /**
     * Matches decoded path segments.
     *
     * @param path the request's segments, without the leading empty one
     * @return the variables by name, or empty when the path does not match
     */
    public Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            String actual = path.get(i);
            if (isVariable(segment)) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(segment.substring(1, segment.length() - 1), actual);
            } else if (!segment.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(Collections.unmodifiableMap(variables));
    }

    /**
     * Splits a raw request path into decoded segments: {@code /v1/a%20b/} gives
     * {@code [v1, a b, ""]}. A {@code +} stays a plus; only a query is form-encoded.
     *
     * @param rawPath the raw path, may be empty
     * @return the segments
     */
    public static List<String> segments(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        List<String> segments = new ArrayList<>();
        for (String part : path.substring(1).split("/", -1)) {
            segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableList(segments);
    }

    private static boolean isVariable(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
