package com.siglume.sdrp.cli;

import com.siglume.sdrp.check.CheckMode;
import com.siglume.sdrp.check.CheckReport;
import com.siglume.sdrp.check.CheckSettings;
import com.siglume.sdrp.check.SiglumeChecks;

/** The code block of {@code docs/cli.md}, compiled. */
@SuppressWarnings("unused")
final class CliGuideSnippets {

    private CliGuideSnippets() {
    }

    static void checksAsALibrary() {
        CheckSettings settings = CheckSettings.builder().sandbox(true).build();
        CheckReport report = SiglumeChecks.of(settings).run(CheckMode.VERIFY);
        report.failures().forEach(check -> System.out.println(check.name() + ": " + check.detail()));
    }
}
