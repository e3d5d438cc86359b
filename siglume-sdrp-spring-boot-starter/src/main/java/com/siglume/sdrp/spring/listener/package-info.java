/**
 * {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener}: annotated bean methods that
 * receive classified payment events, discovered once at startup.
 */
package com.siglume.sdrp.spring.listener;
