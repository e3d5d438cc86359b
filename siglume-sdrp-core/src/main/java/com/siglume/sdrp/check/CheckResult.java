package com.siglume.sdrp.check;

/**
 * The answer of one check.
 *
 * @param name the check's name, for example {@code webhook_callback_matches}
 * @param status whether it passed
 * @param detail what was found when it passed, what to fix when it failed; never a token or
 *        secret (at most their last characters)
 */
public record CheckResult(String name, CheckStatus status, String detail) {

    /**
     * A passed check.
     *
     * @param name the check's name
     * @param detail what was found
     * @return the result
     */
    public static CheckResult pass(String name, String detail) {
        return new CheckResult(name, CheckStatus.PASS, detail);
    }

    /**
     * A failed check.
     *
     * @param name the check's name
     * @param detail what to fix
     * @return the result
     */
    public static CheckResult fail(String name, String detail) {
        return new CheckResult(name, CheckStatus.FAIL, detail);
    }

    /**
     * A check that passed when {@code passed} is {@code true}.
     *
     * @param name the check's name
     * @param passed whether it passed
     * @param passDetail the detail when it passed
     * @param failDetail the detail when it failed
     * @return the result
     */
    public static CheckResult of(String name, boolean passed, String passDetail, String failDetail) {
        return passed ? pass(name, passDetail) : fail(name, failDetail);
    }

    /**
     * Tells whether the check passed.
     *
     * @return {@code true} for {@link CheckStatus#PASS}
     */
    public boolean passed() {
        return status == CheckStatus.PASS;
    }
}
