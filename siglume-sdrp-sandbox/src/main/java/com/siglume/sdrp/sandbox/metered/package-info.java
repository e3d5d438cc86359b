/** The Micro/Nano statement routes of the sandbox, for the buyer and the provider. Not for applications. */
package com.siglume.sdrp.sandbox.metered;
