/**
 * The buyer routes of the sandbox, as an agent pays: payment requirements from a merchant's
 * challenge, their prepared transactions and verification. Not for applications.
 */
package com.siglume.sdrp.sandbox.buyer;
