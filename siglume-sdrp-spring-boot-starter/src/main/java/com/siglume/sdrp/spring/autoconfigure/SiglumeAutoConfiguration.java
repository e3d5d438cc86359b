package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Binds {@link SiglumeProperties} and checks, at startup, the settings every part shares: the
 * merchant key (when set) must be a valid merchant key.
 */
@AutoConfiguration
@EnableConfigurationProperties(SiglumeProperties.class)
public class SiglumeAutoConfiguration {

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
}
