package com.siglume.sdrp.sample.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of every error the shop's endpoints answer: one short sentence a buyer may see.
 * It never carries an API error, a secret or a support reference.
 *
 * @param error the message
 */
public record ApiError(@JsonProperty("error") String error) {
}
