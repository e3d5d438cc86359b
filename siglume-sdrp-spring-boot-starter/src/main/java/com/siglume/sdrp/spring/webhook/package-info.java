/**
 * The webhook endpoint: raw-body servlet filter, framework-independent processor, and the event
 * store that records each event once together with its listeners' work.
 */
@NullMarked
package com.siglume.sdrp.spring.webhook;

import org.jspecify.annotations.NullMarked;
