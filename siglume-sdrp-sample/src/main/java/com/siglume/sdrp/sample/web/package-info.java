/**
 * The shop's pages and the JSON error body of every refusal.
 */
@NullMarked
package com.siglume.sdrp.sample.web;

import org.jspecify.annotations.NullMarked;
