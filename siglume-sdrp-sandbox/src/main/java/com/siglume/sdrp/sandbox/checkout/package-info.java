/** The Hosted Checkout routes of the sandbox: sessions, the checkout page and its buttons. Not for applications. */
package com.siglume.sdrp.sandbox.checkout;
