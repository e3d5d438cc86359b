package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link SiglumeConfigurationException} anywhere in a startup failure into Spring Boot's
 * "APPLICATION FAILED TO START" report with the starter's description and action.
 */
public class SiglumeFailureAnalyzer extends AbstractFailureAnalyzer<SiglumeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SiglumeConfigurationException cause) {
        return new FailureAnalysis("Siglume SDRP: " + cause.description(), cause.action(), cause);
    }
}
