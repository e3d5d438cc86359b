package com.siglume.sdrp.spring.ai.tool;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The arguments of the payment-status tool.
 *
 * @param requirementId the payment requirement id
 */
record RequirementInput(
        @JsonProperty("requirement_id") @ToolParam(description = "The payment requirement id returned by the pay tool, for example dpr_123.") String requirementId) {
}
