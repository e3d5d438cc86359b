package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.metered.BuyerUsageEvent;
import com.siglume.sdrp.client.metered.MeteredQuery;
import com.siglume.sdrp.client.metered.MeteredStatements;
import com.siglume.sdrp.client.metered.ProviderMeteredSummary;
import com.siglume.sdrp.client.metered.ProviderUsageEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One {@link MeteredStatements} class serves the buyer's and the provider's statements: the same
 * operations, each side's routes and operation names, and the filters each side takes.
 */
class MeteredStatementsTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final List<String> operations = new CopyOnWriteArrayList<>();
    private final SiglumePaymentClient client = SiglumePaymentClient.builder().environment(name -> null)
            .token("usr_token").baseUrl(server.baseUrl()).sleeper(wait -> { })
            .operationListener(operation -> {
                operations.add(operation);
                return (status, failure) -> { };
            })
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bothSidesAreTheOneStatementsClass() {
        assertThat(client.providerMetering()).isInstanceOf(MeteredStatements.class);
        assertThat(client.buyerMetering().getClass()).isEqualTo(MeteredStatements.class);
        assertThat(client.buyerMetering()).isSameAs(client.buyerMetering());
    }

    @Test
    void theSameOperationsUseEachSidesRoutesAndNames() {
        String page = "{\"items\":[{\"metered_usage_id\":\"mu_1\",\"settlement_batch_id\":\"msb_1\"}],"
                + "\"next_cursor\":null}";
        server.then(envelope("{\"role\":\"buyer\"}"), envelope(page), envelope(page),
                envelope("{\"role\":\"provider\"}"), envelope(page), envelope(page));
        MeteredQuery micro = MeteredQuery.builder().planType("micro").build();

        BuyerMeteredSummary buyer = client.buyerMetering().summary(micro);
        List<String> buyerEvents = client.buyerMetering().streamUsageEvents(micro)
                .map(BuyerUsageEvent::meteredUsageId).toList();
        client.buyerMetering().listSettlementBatches(micro);
        ProviderMeteredSummary provider = client.providerMetering().summary(micro);
        List<String> providerEvents = client.providerMetering().streamUsageEvents(micro)
                .map(ProviderUsageEvent::meteredUsageId).toList();
        client.providerMetering().listSettlementBatches(micro);

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/my-summary?plan_type=micro",
                "/v1/sdrp/metered/my-usage-events?plan_type=micro",
                "/v1/sdrp/metered/my-settlement-batches?plan_type=micro",
                "/v1/sdrp/metered/provider/summary?plan_type=micro",
                "/v1/sdrp/metered/provider/usage-events?plan_type=micro",
                "/v1/sdrp/metered/provider/settlement-batches?plan_type=micro");
        assertThat(operations).containsExactly("getBuyerMeteredSummary", "listBuyerUsageEvents",
                "listBuyerSettlementBatches", "getProviderMeteredSummary", "listProviderUsageEvents",
                "listProviderSettlementBatches");
        assertThat(buyer.role()).isEqualTo("buyer");
        assertThat(provider.role()).isEqualTo("provider");
        assertThat(buyerEvents).containsExactly("mu_1");
        assertThat(providerEvents).containsExactly("mu_1");
    }

    @Test
    void theFlatMethodsCallTheSameOperations() {
        server.then(envelope("{\"role\":\"buyer\"}"), envelope("{\"items\":[],\"next_cursor\":null}"));

        client.getBuyerMeteredSummary();
        client.listProviderUsageEvents(MeteredQuery.ofListing("lst_1", null));

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::target).containsExactly(
                "/v1/sdrp/metered/my-summary", "/v1/sdrp/metered/provider/usage-events?listing_id=lst_1");
        assertThat(operations).containsExactly("getBuyerMeteredSummary", "listProviderUsageEvents");
    }

    @Test
    void onlyTheProviderTakesListingFilters() {
        MeteredQuery listing = MeteredQuery.ofListing("lst_1", "cap");

        assertThatThrownBy(() -> client.buyerMetering().summary(listing)).extracting("field").isEqualTo("listing_id");
        assertThatThrownBy(() -> client.buyerMetering().listUsageEvents(MeteredQuery.builder().capabilityKey("cap")
                .build())).extracting("field").isEqualTo("capability_key");
        assertThatThrownBy(() -> client.buyerMetering().streamSettlementBatches(listing)).extracting("field")
                .isEqualTo("listing_id");
        assertThatThrownBy(() -> client.providerMetering().summary(MeteredQuery.builder().limit(5).build()))
                .extracting("field").isEqualTo("limit");
        assertThat(server.requests()).isEmpty();
    }
}
