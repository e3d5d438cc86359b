/**
 * The webhook endpoint: raw-body servlet filter, framework-independent processor, and the event
 * store that records each event once together with its listeners' work.
 */
package com.siglume.sdrp.spring.webhook;
