package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.internal.ApiHttp;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct binding of an envelope's {@code data} is only a faster road: wherever it answers,
 * it answers what the tree path answers, and it steps aside for everything unusual.
 */
class EnvelopeBindingTest {

    private static final String MERCHANT = "{\"merchant_account\":{\"merchant\":\"acme-shop\",\"status\":\"active\","
            + "\"monthly_fee_minor\":1200,\"metadata_jsonb\":{\"origins\":[\"https://a.example\"],\"n\":1.50,\"none\":null},"
            + "\"new_field\":{\"x\":[1,2,{\"y\":true}]}},\"challenge_secret_created\":true,"
            + "\"mandate\":{\"mandate_id\":\"m_1\",\"status\":\"active\"},\"unknown_top\":12345678901234567890}";
    private static final String REQUIREMENT = "{\"requirement_id\":\"req_1\",\"amount_minor\":1200,"
            + "\"protocol_fee_minor\":0.125,\"status\":\"pending\",\"extra_decimal\":1e400}";

    static List<String> bindableEnvelopes() {
        return List.of(
                "{\"data\":" + MERCHANT + "}",
                "{\"data\":" + MERCHANT + ",\"meta\":{\"trace_id\":\"trc_1\",\"request_id\":\"req_1\"}}",
                "{\"meta\":{\"trace_id\":\"trc_1\"},\"data\":" + MERCHANT + "}",
                "  {\"data\" : " + MERCHANT + " , \"meta\" : [1, 2.5, \"x\", null] }  \n",
                "{\"data\":{}}",
                "{\"data\":" + REQUIREMENT + "}");
    }

    @ParameterizedTest
    @MethodSource("bindableEnvelopes")
    void wellFormedEnvelopeBindsToWhatTheTreePathGives(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        for (Class<?> type : List.of(MerchantResponse.class, PaymentRequirement.class)) {
            Object direct = ClientJson.bindEnvelopeData(bytes, type);
            assertThat(direct).as("direct binding of %s", type.getSimpleName()).isNotNull();
            assertThat(direct).isEqualTo(ApiHttp.convert(ApiHttp.unwrap(200, bytes), type));
        }
    }

    @Test
    void boundValuesKeepExactNumbersAndUnknownFields() {
        MerchantResponse merchant = ClientJson.bindEnvelopeData(("{\"data\":" + MERCHANT + "}")
                .getBytes(StandardCharsets.UTF_8), MerchantResponse.class);

        assertThat(merchant.merchantAccount().metadataJsonb()).containsEntry("n", new BigDecimal("1.50"));
        assertThat(merchant.merchantAccount().extra()).containsKey("new_field");
        assertThat(merchant.extra()).containsEntry("unknown_top", new java.math.BigInteger("12345678901234567890"));
    }

    static List<String> answersForTheTreePath() {
        return List.of(
                "",
                "   ",
                "[]",
                "\"data\"",
                "{\"meta\":{}}",
                "{\"data\":null}",
                "{\"data\":[]}",
                "{\"data\":\"text\"}",
                "{\"data\":{},\"data\":" + MERCHANT + "}",
                "{\"data\":" + MERCHANT + "} trailing",
                "{\"data\":" + MERCHANT + "}{}",
                "{\"data\":" + MERCHANT + ",\"meta\":{\"n\":1e999999999999}}",
                "{\"data\":" + MERCHANT + ",\"meta\":{\"broken\":tru}}",
                "{\"data\":" + MERCHANT + ",\"meta\":",
                "{\"data\":{\"merchant_account\":\"not an object\"}}",
                "{\"data\":{\"challenge_secret_created\":{\"x\":1}}}",
                "{\"data\":" + MERCHANT);
    }

    @ParameterizedTest
    @MethodSource("answersForTheTreePath")
    void anythingUnusualIsLeftToTheTreePath(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(ClientJson.bindEnvelopeData(bytes, MerchantResponse.class)).isNull();
        // The tree path then answers or refuses with the client's own typed error, never anything else.
        try {
            ApiHttp.decoded(200, bytes, () -> ApiHttp.convert(ApiHttp.unwrap(200, bytes), MerchantResponse.class));
        } catch (RuntimeException e) {
            assertThat(e).isInstanceOfSatisfying(SiglumeInvalidResponseException.class,
                    invalid -> assertThat(invalid.status()).isEqualTo(200));
        }
    }
}
