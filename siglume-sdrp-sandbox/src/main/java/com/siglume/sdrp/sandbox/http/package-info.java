/**
 * The sandbox's HTTP plumbing on the JDK server: routes and path patterns, the table lookup
 * (404 and 405 answers), the one bearer-token check, request bodies bound to records and
 * replies written in the API's envelope. Not for applications.
 */
package com.siglume.sdrp.sandbox.http;
