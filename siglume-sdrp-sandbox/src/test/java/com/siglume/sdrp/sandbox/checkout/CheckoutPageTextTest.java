package com.siglume.sdrp.sandbox.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checkout page's text: escaped values and amounts in the currency's minor digits. */
class CheckoutPageTextTest {

    @Test
    void valuesAreEscaped() {
        String html = CheckoutPage.message("<b>title</b>", "a \"quoted\" & 'odd' <message>", null);

        assertThat(html).contains("&lt;b&gt;title&lt;/b&gt;", "a &quot;quoted&quot; &amp; &#39;odd&#39; &lt;message&gt;")
                .doesNotContain("<b>");
        assertThat(CheckoutPage.formatAmount("JPY", 1234567)).isEqualTo("JPY 1,234,567");
        assertThat(CheckoutPage.formatAmount("USD", 5)).isEqualTo("USD 0.05");
        assertThat(Map.of("x", CheckoutPage.escape("plain"))).containsEntry("x", "plain");
    }
}
