package com.siglume.sdrp.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Looking a request up in the table: the answering route, 405 with the allowed methods, or not found. */
class RouteTableTest {

    private static final RouteHandler NOTHING = request -> new Reply.NoContent();

    private final Route merchant = Route.get("/v1/merchants/{merchant}", Route.Access.MERCHANT, NOTHING);
    private final Route readiness = Route.get("/v1/merchants/{merchant}/readiness", Route.Access.MERCHANT, NOTHING);
    private final Route createSession = Route.post("/v1/sessions", Route.Access.MERCHANT, NOTHING);
    private final Route listSessions = Route.get("/v1/sessions", Route.Access.USER, NOTHING);
    private final Route clearFaults = Route.delete("/v1/sandbox/faults", Route.Access.OPEN, NOTHING);
    private final RouteTable table = new RouteTable(List.of(merchant, readiness, createSession, listSessions,
            clearFaults));

    @Test
    void theMatchingRouteAnswersWithItsPathVariablesDecoded() {
        RouteTable.Lookup lookup = table.lookup("GET", PathPattern.segments("/v1/merchants/shop%20one/readiness"));

        assertThat(lookup).isEqualTo(new RouteTable.Match(readiness, Map.of("merchant", "shop one")));
    }

    @Test
    void routesWithThePathButAnotherMethodGiveTheAllowedMethods() {
        assertThat(table.lookup("POST", PathPattern.segments("/v1/sandbox/faults")))
                .isEqualTo(new RouteTable.MethodNotAllowed(List.of("DELETE")));
        assertThat(table.lookup("PUT", PathPattern.segments("/v1/sessions")))
                .isEqualTo(new RouteTable.MethodNotAllowed(List.of("POST", "GET", "HEAD")));
    }

    @Test
    void aGetRouteAlsoAnswersHead() {
        assertThat(table.lookup("HEAD", PathPattern.segments("/v1/sessions")))
                .isEqualTo(new RouteTable.Match(listSessions, Map.of()));
        assertThat(table.lookup("POST", PathPattern.segments("/v1/sessions")))
                .isEqualTo(new RouteTable.Match(createSession, Map.of()));
    }

    @Test
    void otherPathsAreNotFound() {
        for (String path : List.of("/v1/nothing", "/v1/sessions/", "/v1/merchants/", "/v1/merchants//readiness",
                "/", "/v1/merchants/shop/readiness/extra")) {
            assertThat(table.lookup("GET", PathPattern.segments(path))).as(path).isEqualTo(new RouteTable.NotFound());
        }
    }

    @Test
    void segmentsArePercentDecodedButAPlusStaysAPlus() {
        assertThat(PathPattern.segments("/pay/chk%2F1+2/")).containsExactly("pay", "chk/1+2", "");
        assertThat(PathPattern.segments("")).containsExactly("");
    }

    @Test
    void aRowListedTwiceAndMalformedPatternsAreRefused() {
        assertThatThrownBy(() -> new RouteTable(List.of(listSessions,
                Route.get("/v1/sessions", Route.Access.OPEN, NOTHING))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /v1/sessions");
        assertThatThrownBy(() -> PathPattern.of("v1/sessions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathPattern.of("/v1//sessions")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathPattern.of("/v1/sessions/")).isInstanceOf(IllegalArgumentException.class);
    }
}
