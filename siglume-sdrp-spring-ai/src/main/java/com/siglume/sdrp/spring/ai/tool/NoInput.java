package com.siglume.sdrp.spring.ai.tool;

/**
 * The arguments of a tool that takes none.
 */
record NoInput() {
}
