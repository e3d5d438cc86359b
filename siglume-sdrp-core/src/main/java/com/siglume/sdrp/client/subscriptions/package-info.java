/**
 * Recurring payments: direct payment subscriptions and scheduled autopay authorizations.
 */
@NullMarked
package com.siglume.sdrp.client.subscriptions;

import org.jspecify.annotations.NullMarked;
