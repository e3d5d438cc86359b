package com.siglume.sdrp.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The extension starts one sandbox per test class, injects it everywhere and closes it after the class. */
class SiglumeSandboxExtensionTest {

    static final List<SiglumeSandbox> SEEN = new CopyOnWriteArrayList<>();

    private static TestExecutionSummary run(Class<?> testClass) {
        SEEN.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    @Test
    void oneSandboxServesTheWholeClassIncludingNestedClassesThenCloses() {
        TestExecutionSummary summary = run(ExtendedTests.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
        // Three test instances (the nested test needs an outer one too), @BeforeAll and three tests.
        assertThat(SEEN).hasSize(7).allSatisfy(sandbox -> assertThat(sandbox).isSameAs(SEEN.get(0)));
        assertThat(SEEN.get(0).isRunning()).isFalse();
    }

    @Test
    void eachClassGetsItsOwnSandbox() {
        run(ExtendedTests.class);
        SiglumeSandbox first = SEEN.get(0);
        run(ExtendedTests.class);

        assertThat(SEEN.get(0)).isNotSameAs(first);
    }

    @Test
    void aRegisteredExtensionUsesItsBuilderAndIsReachableFromStaticCode() {
        TestExecutionSummary summary = run(RegisteredTests.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(SEEN).singleElement().satisfies(sandbox -> {
            assertThat(sandbox.merchant()).isEqualTo("shop_one");
            assertThat(sandbox.isRunning()).isFalse();
        });
        assertThatThrownBy(RegisteredTests.SIGLUME::sandbox).isInstanceOf(SandboxException.class);
    }

    @Test
    void perClassLifecycleGetsTheSandboxInItsConstructor() {
        TestExecutionSummary summary = run(PerClassTests.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(SEEN).hasSize(2).allSatisfy(sandbox -> assertThat(sandbox).isSameAs(SEEN.get(0)));
        assertThat(SEEN.get(0).isRunning()).isFalse();
    }

    @Test
    void anExtensionNeedsAConfiguration() {
        assertThatThrownBy(() -> SiglumeSandboxExtension.using(null)).isInstanceOf(SandboxException.class);
    }

    @ExtendWith(SiglumeSandboxExtension.class)
    static class ExtendedTests {

        ExtendedTests(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
        }

        @BeforeAll
        static void beforeAll(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
        }

        @Test
        void running(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
            assertThat(sandbox.isRunning()).isTrue();
            assertThat(sandbox.port()).isNotEqualTo(SiglumeSandbox.DEFAULT_PORT);
        }

        @Test
        void sameOne(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
        }

        @Nested
        class Inner {

            @Test
            void shared(SiglumeSandbox sandbox) {
                SEEN.add(sandbox);
                assertThat(sandbox.isRunning()).isTrue();
            }
        }
    }

    static class RegisteredTests {

        @RegisterExtension
        static final SiglumeSandboxExtension SIGLUME =
                SiglumeSandboxExtension.using(() -> SiglumeSandbox.builder().port(0).merchant("shop_one"));

        @Test
        void reachable() {
            SEEN.add(SIGLUME.sandbox());
            assertThat(SIGLUME.sandbox().isRunning()).isTrue();
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @ExtendWith(SiglumeSandboxExtension.class)
    static class PerClassTests {

        PerClassTests(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
        }

        @Test
        void injected(SiglumeSandbox sandbox) {
            SEEN.add(sandbox);
            assertThat(sandbox.isRunning()).isTrue();
        }
    }
}
