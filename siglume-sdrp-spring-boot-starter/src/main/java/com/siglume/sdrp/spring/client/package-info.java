/**
 * Spring integration of the Siglume API clients: the RestClient transport and the challenge
 * signer.
 */
@NullMarked
package com.siglume.sdrp.spring.client;

import org.jspecify.annotations.NullMarked;
