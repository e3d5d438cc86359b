package com.siglume.sdrp.spring.autoconfigure;

import java.time.Duration;

/** HTTP client settings, bound from {@code siglume.client.*}. */
public class SiglumeClientProperties {

    /**
     * How long one attempt of a call to the Siglume API may take, from sending the request to
     * the end of reading the response body (the settlement batch CSV included); a slower
     * attempt fails as a timeout and is retried like one. Each retry gets the full timeout.
     */
    private Duration timeout = Duration.ofSeconds(15);

    /**
     * How many times a call is retried after a timeout, a 5xx answer or a 429 answer.
     */
    private int maxRetries = 2;

    /**
     * Returns the per-attempt timeout.
     *
     * @return the timeout
     */
    public Duration getTimeout() {
        return timeout;
    }

    /**
     * Sets the per-attempt timeout.
     *
     * @param timeout the timeout
     */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Returns the retry count.
     *
     * @return retries after the first attempt
     */
    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * Sets the retry count.
     *
     * @param maxRetries retries after the first attempt
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public String toString() {
        return "[timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
    }
}
