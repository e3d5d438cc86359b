/**
 * Spring integration of the Siglume API clients: the RestClient transport and the challenge
 * signer.
 */
package com.siglume.sdrp.spring.client;
