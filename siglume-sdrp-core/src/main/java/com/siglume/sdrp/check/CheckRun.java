package com.siglume.sdrp.check;

import java.util.ArrayList;
import java.util.List;

/** The checks of one run, in order. */
final class CheckRun {

    private final List<CheckResult> checks = new ArrayList<>();

    void add(CheckResult check) {
        checks.add(check);
    }

    boolean failed() {
        return checks.stream().anyMatch(check -> !check.passed());
    }

    CheckReport report(CheckMode mode, boolean sandbox, boolean apiChecked) {
        return new CheckReport(mode, sandbox, apiChecked, checks);
    }
}
