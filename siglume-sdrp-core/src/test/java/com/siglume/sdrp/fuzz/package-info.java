/**
 * Coverage-guided fuzz tests (Jazzer) of everything that reads untrusted input: the webhook
 * signature header and body, event parsing, classification, challenges and the input rules.
 * Each target lets only {@link com.siglume.sdrp.SdrpException} subclasses escape; any other
 * throwable, or a broken invariant, is a finding. Each class holds one target, because Jazzer
 * fuzzes one target per JVM; the build runs them in a surefire execution of their own, one JVM
 * per class, with {@code JAZZER_FUZZ=1}. See docs/reliability.md.
 */
package com.siglume.sdrp.fuzz;
