package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link SiglumeProperties} and checks, at startup, the settings every part shares: the
 * merchant key (when set) must be a valid merchant key. Provides the clock the starter reads.
 */
@AutoConfiguration
@EnableConfigurationProperties(SiglumeProperties.class)
public class SiglumeAutoConfiguration {

    /** Name of the {@link Clock} bean the starter reads. */
    public static final String CLOCK_BEAN = "siglumeClock";

    /**
     * Checks the shared settings.
     *
     * @param properties the bound properties
     * @throws SiglumeConfigurationException when {@code siglume.merchant} is malformed
     */
    public SiglumeAutoConfiguration(SiglumeProperties properties) {
        String merchant = SdrpInputs.optional(properties.getMerchant());
        if (merchant != null) {
            try {
                SdrpInputs.merchant(merchant);
            } catch (SdrpValidationException e) {
                throw new SiglumeConfigurationException("siglume.merchant (or SIGLUME_DIRECT_PAYMENT_MERCHANT) is not a"
                        + " valid merchant key: " + e.getMessage() + ".",
                        "Set siglume.merchant to the merchant key registered with Siglume, for example 'my-shop'.");
            }
        }
    }

    /**
     * The clock of the starter: the webhook verifier's timestamp tolerance, the time an event is
     * recorded at, the health component's cache. Declare a {@link Clock} bean named
     * {@value #CLOCK_BEAN} to replace it, for example with a fixed clock in tests.
     *
     * @return the UTC system clock
     */
    @Bean(CLOCK_BEAN)
    @ConditionalOnMissingBean(name = CLOCK_BEAN)
    public Clock siglumeClock() {
        return Clock.systemUTC();
    }
}
