package com.siglume.sdrp.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one run of the checks.
 *
 * @param mode how far the checks went
 * @param sandbox whether the target was the sandbox
 * @param apiChecked whether the Siglume API was called
 * @param checks the checks in the order they ran (unmodifiable)
 */
public record CheckReport(CheckMode mode, boolean sandbox, boolean apiChecked, List<CheckResult> checks) {

    /** Makes the list unmodifiable. */
    public CheckReport {
        checks = List.copyOf(checks);
    }

    /**
     * Tells whether every check passed.
     *
     * @return {@code true} when no check failed
     */
    public boolean ok() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /**
     * Returns the checks that failed.
     *
     * @return the failures, in order
     */
    public List<CheckResult> failures() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /**
     * Looks a check up by name.
     *
     * @param name for example {@code hosted_checkout_probe}
     * @return the check, or empty when it did not run
     */
    public Optional<CheckResult> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }

    /**
     * Returns the closing line: ready, preflight passed, local checks only, or not ready.
     *
     * @return the line
     */
    public String summary() {
        String target = sandbox ? "sandbox" : "live";
        if (!ok()) {
            return "Not ready. Fix the FAIL checks before "
                    + (mode == CheckMode.PREFLIGHT ? "adding checkout" : "opening checkout") + ".";
        }
        if (!apiChecked) {
            return "Local configuration checks passed; the Siglume API, Hosted Checkout and webhook delivery"
                    + " were not checked.";
        }
        if (mode == CheckMode.PREFLIGHT) {
            return "Preflight passed (" + target + "). Start the application with its webhook endpoint, then run"
                    + " verify.";
        }
        return "Ready for 10-minute SDRP integration (" + target + ").";
    }

    /**
     * Returns the report as a JSON-ready document: {@code ok}, {@code command},
     * {@code environment}, {@code checks} (each {@code name}, {@code status}, {@code detail}) and
     * {@code summary}.
     *
     * @return an ordered map of plain values
     */
    public Map<String, Object> toDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("ok", ok());
        document.put("command", mode.commandName());
        document.put("environment", sandbox ? "sandbox" : "live");
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckResult check : checks) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", check.name());
            item.put("status", check.status().wireName());
            item.put("detail", check.detail());
            list.add(item);
        }
        document.put("checks", list);
        document.put("summary", summary());
        return document;
    }
}
