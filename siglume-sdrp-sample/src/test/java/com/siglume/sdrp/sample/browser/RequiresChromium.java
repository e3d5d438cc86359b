package com.siglume.sdrp.sample.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when the system's Chromium and its driver are installed
 * ({@value ChromiumAvailableCondition#CHROMIUM} and {@value ChromiumAvailableCondition#CHROMEDRIVER},
 * Debian's {@code chromium} and {@code chromium-driver} packages). Outside CI a missing one skips
 * the class with a message saying what to install; with {@code CI=true} the class always runs,
 * so a CI run never passes without the browser test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailableCondition.class)
@interface RequiresChromium {
}
