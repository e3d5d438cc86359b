/**
 * The sample shop: its application class and its own settings ({@code shop.*}).
 */
@NullMarked
package com.siglume.sdrp.sample;

import org.jspecify.annotations.NullMarked;
