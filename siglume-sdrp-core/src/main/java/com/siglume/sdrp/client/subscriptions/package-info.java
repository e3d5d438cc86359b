/**
 * Recurring payments: direct payment subscriptions and scheduled autopay authorizations with
 * the runs of their slots.
 */
@NullMarked
package com.siglume.sdrp.client.subscriptions;

import org.jspecify.annotations.NullMarked;
