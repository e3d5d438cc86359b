package com.siglume.sdrp.spring.ai.autoconfigure;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.ai.payment.JdbcSpendLedger;
import com.siglume.sdrp.spring.ai.payment.PaymentOutcome;
import com.siglume.sdrp.spring.ai.payment.SiglumeAgentPayments;
import com.siglume.sdrp.spring.ai.policy.Approval;
import com.siglume.sdrp.spring.ai.policy.RefusalReason;
import com.siglume.sdrp.spring.ai.policy.SiglumePaymentApprover;
import com.siglume.sdrp.spring.ai.policy.SpendPolicy;
import com.siglume.sdrp.spring.ai.test.FakeBuyerApi;
import com.siglume.sdrp.spring.ai.test.Offers;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeClientAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SiglumeAgentAutoConfigurationTest {

    /** The starter's client and this module, without the starter's optional integrations. */
    static final AutoConfigurations AGENT = AutoConfigurations.of(SiglumeAutoConfiguration.class,
            SiglumeClientAutoConfiguration.class, SiglumeAgentAutoConfiguration.class);

    private final FakeBuyerApi api = FakeBuyerApi.start();

    private final ApplicationContextRunner withoutDatabase = new ApplicationContextRunner()
            .withConfiguration(AGENT)
            .withPropertyValues("siglume.auth-token=" + FakeBuyerApi.TOKEN, "siglume.api-base=" + api.baseUrl(),
                    "siglume.agent.policy.currencies.JPY.max-per-payment=1000",
                    "siglume.agent.policy.currencies.JPY.budget=1500",
                    "siglume.agent.policy.currencies.JPY.auto-approve-up-to=800",
                    "siglume.agent.policy.allowed-merchants=" + MERCHANT);

    private final ApplicationContextRunner runner = withoutDatabase
            .withConfiguration(AGENT).withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:agent_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    @AfterEach
    void stop() {
        api.close();
    }

    private static String report(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("a Siglume failure report").isNotNull();
        assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(SiglumeConfigurationException.class);
        return analysis.getDescription() + "\n" + analysis.getAction();
    }

    @Test
    void aPaymentClientAndSpringAiGiveThePolicyLedgerAndTools() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SpendPolicy.class).hasSingleBean(JdbcSpendLedger.class)
                    .hasSingleBean(SiglumeAgentPayments.class).hasSingleBean(SiglumePaymentTools.class);
            SpendPolicy policy = context.getBean(SpendPolicy.class);
            assertThat(policy.limits("JPY")).get().satisfies(limits -> {
                assertThat(limits.maxPerPayment()).isEqualTo(1000);
                assertThat(limits.budgetPerPeriod()).isEqualTo(1500);
            });
            assertThat(policy.allowedMerchants()).containsExactly(MERCHANT);
            assertThat(context.getBean(SiglumePaymentTools.class).toolCallbacks()).hasSize(4);
            assertThat(context.getBeansOfType(org.springframework.ai.tool.ToolCallbackProvider.class))
                    .as("not published to an MCP server unless asked").isEmpty();
        });
    }

    @Test
    void theDefaultApproverDeniesAboveItsThreshold() {
        runner.run(context -> {
            SiglumeAgentPayments payments = context.getBean(SiglumeAgentPayments.class);
            PaymentOutcome above = payments.pay(Offers.offer(MERCHANT, 900, "JPY"));
            PaymentOutcome within = payments.pay(Offers.offer(MERCHANT, 800, "JPY"));

            assertThat(above).isInstanceOfSatisfying(PaymentOutcome.Refused.class, refused -> assertThat(
                    refused.refusal().reason()).isEqualTo(RefusalReason.APPROVAL_DENIED));
            assertThat(within).isInstanceOf(PaymentOutcome.Paid.class);
            assertThat(api.executedRequirements()).hasSize(1);
        });
    }

    @Test
    void anApproverBeanOfTheApplicationReplacesTheDefault() {
        runner.withUserConfiguration(AskEveryTime.class).run(context -> {
            assertThat(context.getBean(SiglumePaymentApprover.class)).isSameAs(context.getBean("askEveryTime"));
            PaymentOutcome outcome = context.getBean(SiglumeAgentPayments.class).pay(Offers.offer(MERCHANT, 10, "JPY"));
            assertThat(((PaymentOutcome.Refused) outcome).refusal().reason()).isEqualTo(RefusalReason.APPROVAL_REQUIRED);
        });
    }

    @Test
    void nothingIsSetUpWithoutAPaymentClientOrWhenDisabled() {
        new ApplicationContextRunner().withConfiguration(AGENT)
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class)).run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeAgentPayments.class));
        runner.withPropertyValues("siglume.agent.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumePaymentTools.class)
                        .doesNotHaveBean(JdbcSpendLedger.class));
    }

    @Test
    void aPolicyThatAllowsNothingStopsStartupWithAReport() {
        new ApplicationContextRunner().withConfiguration(AGENT)
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class)).withPropertyValues("siglume.auth-token=" + FakeBuyerApi.TOKEN, "siglume.api-base=" + api.baseUrl())
                .run(context -> assertThat(report(context)).contains("allows no payment",
                        "siglume.agent.policy.currencies", "allowed-merchants"));
    }

    @Test
    void invalidLimitsStopStartupNamingTheProperty() {
        runner.withPropertyValues("siglume.agent.policy.currencies.JPY.budget=")
                .run(context -> assertThat(report(context)).contains("siglume.agent.policy.currencies.JPY.budget"));
        runner.withPropertyValues("siglume.agent.policy.currencies.JPY.auto-approve-up-to=5000")
                .run(context -> assertThat(report(context)).contains("auto-approve-up-to", "max-per-payment"));
        runner.withPropertyValues("siglume.agent.policy.allowed-merchants=Not A Merchant")
                .run(context -> assertThat(report(context)).contains("siglume.agent.policy.allowed-merchants"));
        runner.withPropertyValues("siglume.agent.policy.allowed-pricing-bands=gold")
                .run(context -> assertThat(report(context)).contains("gold", "standard, micro and/or nano"));
    }

    @Test
    void withoutADatabaseStartupStopsRatherThanKeepTheBudgetInMemory() {
        withoutDatabase.run(context -> assertThat(report(context)).contains("needs the application's database",
                "never kept in memory"));
    }

    @Test
    void aRestartKeepsTheBudgetAndThePaidChallenges(@TempDir Path directory) {
        ApplicationContextRunner onFile = runner.withPropertyValues("spring.datasource.url=jdbc:h2:file:"
                + directory.resolve("ledger").toAbsolutePath() + ";AUTO_SERVER=FALSE",
                "siglume.agent.ledger.initialize-schema=always");
        var offer = Offers.offer(MERCHANT, 700, "JPY");

        onFile.run(context -> assertThat(context.getBean(SiglumeAgentPayments.class).pay(offer))
                .isInstanceOf(PaymentOutcome.Paid.class));
        onFile.run(context -> {
            SiglumeAgentPayments payments = context.getBean(SiglumeAgentPayments.class);
            assertThat(payments.review(Offers.offer(MERCHANT, 800, "JPY")).budgetRemainingMinor()).isEqualTo(800);
            assertThat(payments.pay(offer)).isInstanceOfSatisfying(PaymentOutcome.Paid.class,
                    paid -> assertThat(paid.replayed()).isTrue());
            assertThat(payments.pay(Offers.offer(MERCHANT, 800, "JPY"))).isInstanceOf(PaymentOutcome.Paid.class);
            assertThat(payments.pay(Offers.offer(MERCHANT, 1, "JPY"))).isInstanceOfSatisfying(
                    PaymentOutcome.Refused.class,
                    refused -> assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.BUDGET_EXCEEDED));
        });
        assertThat(api.executedRequirements()).hasSize(2);
    }

    @Configuration(proxyBeanMethods = false)
    static class AskEveryTime {

        @Bean
        SiglumePaymentApprover askEveryTime() {
            return offer -> Approval.askPerson("Ask the owner.");
        }
    }
}
