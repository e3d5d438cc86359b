/** The sandbox's own settings and knob routes under {@code /v1/sandbox}. Not for applications. */
package com.siglume.sdrp.sandbox.control;
