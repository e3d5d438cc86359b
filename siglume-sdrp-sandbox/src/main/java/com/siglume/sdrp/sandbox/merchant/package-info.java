/** The merchant setup and readiness routes of the sandbox. Not for applications. */
package com.siglume.sdrp.sandbox.merchant;
