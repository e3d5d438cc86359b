package com.siglume.sdrp.spring.actuate;

import com.siglume.sdrp.check.CheckReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code siglume} actuator endpoint: {@code GET /actuator/siglume} answers the configuration
 * (tokens and secrets by their last characters at most) and the checks that change nothing;
 * {@code POST /actuator/siglume} runs the full {@code verify}, with a Hosted Checkout session and a
 * signed test delivery this application must record as a readiness probe.
 *
 * <p>Both answer {@code {configuration, ok, command, environment, checks: [{name, status, detail}],
 * summary}}. Expose it with {@code management.endpoints.web.exposure.include=siglume}.
 */
@Endpoint(id = "siglume")
public class SiglumeEndpoint {

    private final SiglumeApplicationChecks checks;

    /**
     * Creates the endpoint.
     *
     * @param checks the application's checks
     */
    public SiglumeEndpoint(SiglumeApplicationChecks checks) {
        this.checks = checks;
    }

    /**
     * The configuration and the checks that change nothing.
     *
     * @return the document
     */
    @ReadOperation
    public Map<String, Object> summary() {
        return document(checks.summary());
    }

    /**
     * Every check of {@code verify}, the test delivery included.
     *
     * @return the document
     */
    @WriteOperation
    public Map<String, Object> verify() {
        return document(checks.verify());
    }

    private Map<String, Object> document(CheckReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("configuration", checks.settings().summary());
        document.putAll(report.toDocument());
        return document;
    }
}
