package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.autoconfigure.observation.SiglumeMetricsAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.observation.SiglumeObservationAutoConfiguration;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.actuate.SiglumeChecksAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.reactive.SiglumeWebhookWebFluxAutoConfiguration;
import com.siglume.sdrp.spring.client.RestClientSiglumeTransport;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import com.siglume.sdrp.spring.health.SiglumeHealthIndicator;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.MicrometerWebhookDeliveryObserver;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStoreSchemaInitializer;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookFilter;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.StoredEvent;
import com.siglume.sdrp.webhook.WebhookVerifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Every condition and property of the auto-configuration, one context at a time.
 */
class SiglumeAutoConfigurationTests {

    private static final String MERCHANT_TOKEN = "merchant_token_abc";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(RestClientAutoConfiguration.class));

    @Test
    void importsFileRegistersEveryAutoConfigurationOfTheStarter() {
        assertThat(StarterAutoConfigurations.classes()).containsExactlyInAnyOrder(SiglumeAutoConfiguration.class,
                SiglumeClientAutoConfiguration.class, SiglumeListenerAutoConfiguration.class,
                SiglumeWebhookJdbcAutoConfiguration.class, SiglumeWebhookAutoConfiguration.class,
                SiglumeWebhookServletAutoConfiguration.class, SiglumeMetricsAutoConfiguration.class,
                SiglumeObservationAutoConfiguration.class, SiglumeHealthAutoConfiguration.class,
                SiglumeSanitizingAutoConfiguration.class, SiglumeChecksAutoConfiguration.class,
                SiglumeCheckoutAutoConfiguration.class, SiglumeWebhookR2dbcAutoConfiguration.class,
                SiglumeWebhookWebFluxAutoConfiguration.class);
    }

    @Test
    void withNothingConfiguredOnlyTheTransportAndListenerRegistryExist() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(SiglumeProperties.class);
            assertThat(context).hasSingleBean(SiglumeListenerRegistry.class);
            assertThat(context).getBean(SiglumeHttpTransport.class).isInstanceOf(RestClientSiglumeTransport.class);
            assertThat(context).doesNotHaveBean(SiglumeMerchantClient.class);
            assertThat(context).doesNotHaveBean(SiglumePaymentClient.class);
            assertThat(context).doesNotHaveBean(SiglumeChallengeSigner.class);
            assertThat(context).doesNotHaveBean(WebhookVerifier.class);
            assertThat(context).doesNotHaveBean(SiglumeWebhookProcessor.class);
            assertThat(context).doesNotHaveBean(SiglumeEventStore.class);
            assertThat(context).doesNotHaveBean(SiglumeHealthIndicator.class);
        });
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        runner.run(context -> {
            SiglumeProperties properties = context.getBean(SiglumeProperties.class);
            assertThat(properties.getEnv()).isEqualTo(SiglumeProperties.Env.LIVE);
            assertThat(properties.getClient().getTimeout()).isEqualTo(Duration.ofSeconds(15));
            assertThat(properties.getClient().getMaxRetries()).isEqualTo(2);
            assertThat(properties.getWebhook().getEnabled()).isNull();
            assertThat(properties.getWebhook().getPath()).isEqualTo("/siglume/webhook");
            assertThat(properties.getWebhook().getTolerance()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.getWebhook().getMaxBodySize().toBytes()).isEqualTo(1024 * 1024);
            assertThat(properties.getWebhook().getStore()).isEqualTo(SiglumeProperties.Store.AUTO);
            assertThat(properties.getWebhook().getJdbc().getInitializeSchema())
                    .isEqualTo(SiglumeProperties.InitializeSchema.EMBEDDED);
            assertThat(properties.getWebhook().getJdbc().getPayloadRetention()).isNull();
            assertThat(properties.getHealth().getHostedCheckout().isEnabled()).isTrue();
            assertThat(properties.getHealth().getHostedCheckout().getCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void everyPropertyBinds() {
        runner.withPropertyValues("siglume.env=sandbox", "siglume.api-base=https://api.example.com/v1",
                "siglume.merchant=my-shop", "siglume.client.timeout=3s", "siglume.client.max-retries=4",
                "siglume.webhook.enabled=false", "siglume.webhook.path=/hooks/siglume", "siglume.webhook.secret=whsec_a",
                "siglume.webhook.additional-secrets=whsec_b,whsec_c", "siglume.webhook.tolerance=2m",
                "siglume.webhook.max-body-size=64KB", "siglume.webhook.read-timeout=3s", "siglume.webhook.store=memory",
                "siglume.webhook.jdbc.initialize-schema=always", "siglume.webhook.jdbc.payload-retention=30d",
                "siglume.health.hosted-checkout.enabled=false",
                "siglume.health.hosted-checkout.cache-ttl=1h").run(context -> {
                    SiglumeProperties properties = context.getBean(SiglumeProperties.class);
                    assertThat(properties.getEnv()).isEqualTo(SiglumeProperties.Env.SANDBOX);
                    assertThat(properties.getApiBase()).isEqualTo("https://api.example.com/v1");
                    assertThat(properties.getMerchant()).isEqualTo("my-shop");
                    assertThat(properties.getClient().getTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.getClient().getMaxRetries()).isEqualTo(4);
                    assertThat(properties.getWebhook().getEnabled()).isFalse();
                    assertThat(properties.getWebhook().getPath()).isEqualTo("/hooks/siglume");
                    assertThat(properties.getWebhook().getSecret()).isEqualTo("whsec_a");
                    assertThat(properties.getWebhook().getAdditionalSecrets()).containsExactly("whsec_b", "whsec_c");
                    assertThat(properties.getWebhook().getTolerance()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(properties.getWebhook().getMaxBodySize().toKilobytes()).isEqualTo(64);
                    assertThat(properties.getWebhook().getReadTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.getWebhook().getStore()).isEqualTo(SiglumeProperties.Store.MEMORY);
                    assertThat(properties.getWebhook().getJdbc().getInitializeSchema())
                            .isEqualTo(SiglumeProperties.InitializeSchema.ALWAYS);
                    assertThat(properties.getWebhook().getJdbc().getPayloadRetention()).isEqualTo(Duration.ofDays(30));
                    assertThat(properties.getHealth().getHostedCheckout().isEnabled()).isFalse();
                    assertThat(properties.getHealth().getHostedCheckout().getCacheTtl()).isEqualTo(Duration.ofHours(1));
                });
    }

    @Test
    void propertiesToStringNeverShowsSecrets() {
        runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.auth-token=user_token_xyz",
                "siglume.merchant=my-shop",
                "siglume.challenge-secret=challenge_secret_value", "siglume.webhook.secret=" + TestWebhooks.SECRET,
                "siglume.webhook.additional-secrets=whsec_old_secret_value", "siglume.webhook.store=memory")
                .run(context -> {
                    String text = context.getBean(SiglumeProperties.class).toString();
                    assertThat(text).doesNotContain(MERCHANT_TOKEN, "user_token_xyz", "challenge_secret_value",
                            TestWebhooks.SECRET, "whsec_old_secret_value");
                    assertThat(text).contains("<set>");
                });
    }

    @Nested
    class Clients {

        @Test
        void merchantTokenCreatesMerchantClientOnProductionByDefault() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN).run(context -> {
                assertThat(context).hasSingleBean(SiglumeMerchantClient.class);
                assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("https://siglume.com/v1");
            });
        }

        @Test
        void userTokenCreatesPaymentClientOnly() {
            runner.withPropertyValues("siglume.auth-token=user_token_xyz", "siglume.env=sandbox").run(context -> {
                assertThat(context).hasSingleBean(SiglumePaymentClient.class);
                assertThat(context).doesNotHaveBean(SiglumeMerchantClient.class);
                assertThat(context.getBean(SiglumePaymentClient.class).baseUrl()).isEqualTo("http://127.0.0.1:8787/v1");
            });
        }

        @Test
        void developerPortalKeyAsUserTokenStopsStartup() {
            runner.withPropertyValues("siglume.auth-token=CLI_upper").run(context -> assertThat(
                    analyze(context.getStartupFailure()).getDescription()).contains("siglume.auth-token")
                            .doesNotContain("CLI_upper"));
        }

        @Test
        void blankMerchantTokenCountsAsUnset() {
            runner.withPropertyValues("siglume.merchant-auth-token=  ")
                    .run(context -> assertThat(context).doesNotHaveBean(SiglumeMerchantClient.class));
        }

        @Test
        void explicitApiBaseWinsAndLosesTrailingSlashes() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.env=sandbox",
                    "siglume.api-base=https://api.example.com/v1//").run(context -> assertThat(
                            context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("https://api.example.com/v1"));
        }

        @Test
        void sandboxEnvUsesTheLocalSandboxByDefault() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.env=sandbox")
                    .run(context -> assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl())
                            .isEqualTo("http://127.0.0.1:8787/v1"));
        }

        @Test
        void sandboxEnvUsesSandboxApiBaseVariable() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.env=sandbox",
                    "SIGLUME_SANDBOX_API_BASE=http://localhost:9999/v1/").run(context -> assertThat(
                            context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("http://localhost:9999/v1"));
        }

        @Test
        void sandboxApiBaseVariableIsIgnoredOnLive() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN,
                    "SIGLUME_SANDBOX_API_BASE=http://localhost:9999/v1").run(context -> assertThat(
                            context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("https://siglume.com/v1"));
        }

        @Test
        void developerPortalKeyStopsStartupWithAnActionableMessage() {
            runner.withPropertyValues("siglume.merchant-auth-token=cli_abcdef").run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("siglume.merchant-auth-token").contains("cli_")
                        .doesNotContain("cli_abcdef");
                assertThat(analysis.getAction()).contains("never Developer Portal cli_ keys");
            });
        }

        @Test
        void insecureApiBaseStopsStartup() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN,
                    "siglume.api-base=http://api.example.com/v1").run(context -> assertThat(
                            analyze(context.getStartupFailure()).getDescription()).contains("siglume.api-base"));
        }

        @Test
        void invalidMerchantKeyStopsStartup() {
            runner.withPropertyValues("siglume.merchant=Not A Key!").run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("siglume.merchant").contains("not a valid merchant key");
                assertThat(analysis.getAction()).contains("siglume.merchant");
            });
        }

        @Test
        void challengeSecretWithMerchantCreatesSigner() {
            runner.withPropertyValues("siglume.challenge-secret=challenge_secret_value", "siglume.merchant=My-Shop")
                    .run(context -> {
                        SiglumeChallengeSigner signer = context.getBean(SiglumeChallengeSigner.class);
                        assertThat(signer.merchant()).isEqualTo("my-shop");
                        var challenge = signer.create(1200, "JPY", "order-1");
                        assertThat(signer.verify(1200, "JPY", challenge.challenge())).isTrue();
                        assertThat(signer.verify(1201, "JPY", challenge.challenge())).isFalse();
                        assertThat(signer.toString()).doesNotContain("challenge_secret_value");
                    });
        }

        @Test
        void challengeSecretWithoutMerchantStopsStartup() {
            runner.withPropertyValues("siglume.challenge-secret=challenge_secret_value").run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getAction()).contains("siglume.merchant");
                assertThat(analysis.getDescription()).doesNotContain("challenge_secret_value");
            });
        }

        @Test
        void userBeansReplaceTheStartersClientBeans() {
            SiglumeMerchantClient own = SiglumeMerchantClient.builder().token("own_token")
                    .baseUrl("https://own.example.com/v1").build();
            SiglumeHttpTransport transport = request -> {
                throw new java.io.IOException("not used");
            };
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN)
                    .withBean(SiglumeMerchantClient.class, () -> own)
                    .withBean(SiglumeHttpTransport.class, () -> transport)
                    .run(context -> {
                        assertThat(context.getBean(SiglumeMerchantClient.class)).isSameAs(own);
                        assertThat(context.getBean(SiglumeHttpTransport.class)).isSameAs(transport);
                    });
        }

        @Test
        void transportWorksWithoutRestClientAutoConfiguration() {
            new ApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                    .withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).hasSingleBean(RestClientSiglumeTransport.class);
                    });
        }

        @Test
        void theHttpClientIsBuiltOnlyWhenAClientBeanNeedsIt() {
            AtomicInteger built = new AtomicInteger();
            ApplicationContextRunner counting = runner.withBean("countingCustomizer",
                    org.springframework.boot.restclient.RestClientCustomizer.class,
                    () -> builder -> built.incrementAndGet());
            counting.run(context -> {
                assertThat(context).hasSingleBean(SiglumeHttpTransport.class);
                assertThat(built).as("no Siglume client, no HTTP client").hasValue(0);
            });
            counting.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN).run(context -> {
                assertThat(context).hasSingleBean(SiglumeMerchantClient.class);
                assertThat(built).as("built at startup, once").hasValue(1);
            });
        }

        @Test
        void nonPositiveTimeoutStopsStartup() {
            runner.withPropertyValues("siglume.client.timeout=0s").run(context -> assertThat(
                    analyze(context.getStartupFailure()).getDescription()).contains("siglume.client.timeout"));
        }

        @Test
        void outOfRangeRetriesStopStartup() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.client.max-retries=99")
                    .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                            .contains("siglume.client.max-retries"));
        }
    }

    @Nested
    class Webhook {

        /** These tests are about other things than the store, whose choice SiglumeEventStoreAutoConfigurationTests covers. */
        private final ApplicationContextRunner runner = SiglumeAutoConfigurationTests.this.runner
                .withPropertyValues("siglume.webhook.store=memory");

        @Test
        void secretEnablesTheWebhookPipelineWithTheExplicitMemoryStoreWithoutDataSource() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET).run(context -> {
                assertThat(context).hasSingleBean(WebhookVerifier.class);
                assertThat(context).hasSingleBean(SiglumeWebhookProcessor.class);
                assertThat(context).getBean(SiglumeEventStore.class).isInstanceOf(InMemorySiglumeEventStore.class);
            });
        }

        @Test
        void toleranceAndAdditionalSecretsReachTheVerifier() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.tolerance=90s",
                    "siglume.webhook.additional-secrets=whsec_old_one,").run(context -> {
                        WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
                        assertThat(verifier.tolerance()).isEqualTo(Duration.ofSeconds(90));
                        byte[] body = TestWebhooks.standardSettled("evt_rotation");
                        assertThat(verifier.verify(body, TestWebhooks.sign("whsec_old_one", body,
                                java.time.Instant.now())).event().id()).isEqualTo("evt_rotation");
                    });
        }

        @Test
        void disabledExplicitlyEvenWithSecret() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.enabled=false")
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(WebhookVerifier.class);
                        assertThat(context).doesNotHaveBean(SiglumeWebhookProcessor.class);
                    });
        }

        @Test
        void enabledWithoutSecretStopsStartup() {
            runner.withPropertyValues("siglume.webhook.enabled=true").run(context -> {
                FailureAnalysis analysis = analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).contains("no webhook signing secret");
                assertThat(analysis.getAction()).contains("siglume.webhook.secret").contains("SIGLUME_WEBHOOK_SECRET");
            });
        }

        @Test
        void toleranceBelowOneSecondStopsStartup() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.tolerance=0s")
                    .run(context -> assertThat(analyze(context.getStartupFailure()).getAction())
                            .contains("siglume.webhook.tolerance"));
        }

        @Test
        void singleDataSourceGivesTheJdbcStoreAndCreatesItsTable() {
            jdbcRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET).run(context -> {
                assertThat(context).getBean(SiglumeEventStore.class).isInstanceOf(JdbcSiglumeEventStore.class);
                assertThat(context).hasSingleBean(SiglumeEventStoreSchemaInitializer.class);
                SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
                assertThat(store.find("evt_none")).isEmpty();
            });
        }

        @Test
        void initializeSchemaNeverLeavesTheTableToTheApplication() {
            jdbcRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "siglume.webhook.jdbc.initialize-schema=never").run(context -> {
                        SiglumeEventStoreSchemaInitializer initializer = context.getBean(
                                SiglumeEventStoreSchemaInitializer.class);
                        assertThat(initializer.initializeDatabase()).isFalse();
                        org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> context.getBean(SiglumeEventStore.class).find("evt_x"))
                                .isInstanceOf(org.springframework.jdbc.BadSqlGrammarException.class)
                                .hasMessageContaining("siglume_webhook_events");
                    });
        }

        @Test
        void storeMemoryIgnoresTheDataSource() {
            jdbcRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "siglume.webhook.store=memory").run(context -> {
                        assertThat(context).getBean(SiglumeEventStore.class).isInstanceOf(InMemorySiglumeEventStore.class);
                        assertThat(context).doesNotHaveBean(SiglumeEventStoreSchemaInitializer.class);
                    });
        }

        @Test
        void storeJdbcWithoutDataSourceStopsStartup() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=jdbc")
                    .run(context -> {
                        FailureAnalysis analysis = analyze(context.getStartupFailure());
                        assertThat(analysis.getDescription()).contains("siglume.webhook.store is jdbc")
                                .contains("no DataSource");
                        assertThat(analysis.getAction()).contains("spring.datasource.url");
                    });
        }

        @Test
        void storeJdbcWithoutSpringJdbcOnTheClasspathStopsStartup() {
            jdbcRunner().withClassLoader(new FilteredClassLoader(org.springframework.jdbc.core.JdbcTemplate.class))
                    .withConfiguration(AutoConfigurations.of())
                    .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=jdbc")
                    .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                            .contains("siglume.webhook.store is jdbc"));
        }

        @Test
        void userBeansReplaceTheStartersWebhookBeans() {
            SiglumeEventStore ownStore = new SiglumeEventStore() {
                @Override
                public boolean recordOnce(StoredEvent event, Runnable work) {
                    return false;
                }

                @Override
                public Optional<StoredEvent> find(String eventId) {
                    return Optional.empty();
                }
            };
            WebhookVerifier ownVerifier = WebhookVerifier.builder().secret("whsec_own").build();
            jdbcRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET)
                    .withBean("ownStore", SiglumeEventStore.class, () -> ownStore)
                    .withBean(WebhookVerifier.class, () -> ownVerifier)
                    .run(context -> {
                        assertThat(context.getBean(SiglumeEventStore.class)).isSameAs(ownStore);
                        assertThat(context.getBean(WebhookVerifier.class)).isSameAs(ownVerifier);
                    });
        }

        @Test
        void servletApplicationGetsTheFilterAheadOfSpringSecurity() {
            webRunner().withBean(SettledPaymentListener.class).withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET).run(context -> {
                FilterRegistrationBean<?> registration = context.getBean("siglumeWebhookFilterRegistration",
                        FilterRegistrationBean.class);
                assertThat(registration.getFilter()).isInstanceOf(SiglumeWebhookFilter.class);
                assertThat(registration.getUrlPatterns()).containsExactly("/siglume/webhook");
                assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE + 10).isLessThan(-100);
            });
        }

        @Test
        void webhookPathIsConfigurable() {
            webRunner().withBean(SettledPaymentListener.class).withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "siglume.webhook.path=/payments/webhooks/siglume").run(context -> {
                        FilterRegistrationBean<?> registration = context.getBean("siglumeWebhookFilterRegistration",
                                FilterRegistrationBean.class);
                        assertThat(registration.getUrlPatterns()).containsExactly("/payments/webhooks/siglume");
                    });
        }

        @Test
        void wildcardPathStopsStartup() {
            webRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.path=/hooks/*")
                    .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                            .contains("siglume.webhook.path"));
        }

        @Test
        void zeroMaxBodySizeStopsStartup() {
            webRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "siglume.webhook.max-body-size=0").run(context -> assertThat(
                            analyze(context.getStartupFailure()).getDescription()).contains("max-body-size"));
        }

        @Test
        void readTimeoutBelowOneMillisecondStopsStartup() {
            for (String timeout : new String[] {"0ms", "-1s", "500us"}) {
                webRunner().withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                        "siglume.webhook.read-timeout=" + timeout).run(context -> {
                            assertThat(context.getStartupFailure()).as(timeout)
                                    .hasRootCauseInstanceOf(SiglumeConfigurationException.class);
                            assertThat(analyze(context.getStartupFailure()).getDescription())
                                    .contains("siglume.webhook.read-timeout");
                        });
            }
        }

        @Test
        void noFilterOutsideAServletApplication() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET)
                    .run(context -> assertThat(context).doesNotHaveBean("siglumeWebhookFilterRegistration"));
        }

        @Test
        void noFilterWhenTheWebhookIsDisabled() {
            webRunner().run(context -> assertThat(context).doesNotHaveBean("siglumeWebhookFilterRegistration"));
        }

        @Test
        void userFilterRegistrationReplacesTheStarters() {
            webRunner().withBean(SettledPaymentListener.class).withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET)
                    .withBean("siglumeWebhookFilterRegistration", FilterRegistrationBean.class, FilterRegistrationBean::new)
                    .run(context -> assertThat(context.getBean("siglumeWebhookFilterRegistration",
                            FilterRegistrationBean.class).getFilter()).isNull());
        }

        private ApplicationContextRunner jdbcRunner() {
            return SiglumeAutoConfigurationTests.this.runner.withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.generate-unique-name=true");
        }

        private WebApplicationContextRunner webRunner() {
            return new WebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                    .withPropertyValues("siglume.webhook.store=memory");
        }
    }

    @Nested
    class MetricsAndHealth {

        @Test
        void meterRegistryEnablesWebhookMetrics() {
            runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                    .run(context -> assertThat(context).hasSingleBean(MicrometerWebhookDeliveryObserver.class));
        }

        @Test
        void noMetricsWithoutMeterRegistry() {
            runner.run(context -> assertThat(context).doesNotHaveBean(MicrometerWebhookDeliveryObserver.class));
        }

        @Test
        void merchantClientEnablesTheHealthIndicatorNamedSiglume() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "siglume.merchant=my-shop")
                    .run(context -> assertThat(context).hasBean("siglumeHealthIndicator")
                            .hasSingleBean(SiglumeHealthIndicator.class));
        }

        @Test
        void healthIndicatorCanBeSwitchedOff() {
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN,
                    "siglume.health.hosted-checkout.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean(SiglumeHealthIndicator.class));
            runner.withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN, "management.health.siglume.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean(SiglumeHealthIndicator.class));
        }

        @Test
        void noHealthIndicatorWithoutMerchantClient() {
            runner.withPropertyValues("siglume.merchant=my-shop")
                    .run(context -> assertThat(context).doesNotHaveBean(SiglumeHealthIndicator.class));
        }

        @Test
        void noHealthIndicatorWithoutSpringBootHealth() {
            runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                    .withPropertyValues("siglume.merchant-auth-token=" + MERCHANT_TOKEN)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).doesNotHaveBean("siglumeHealthIndicator");
                    });
        }

        @Test
        void sanitizingFunctionHidesEverySecretKeyAndNothingElse() {
            runner.run(context -> {
                SanitizingFunction function = context.getBean("siglumeSanitizingFunction", SanitizingFunction.class);
                for (String key : List.of("siglume.merchant-auth-token", "siglume.auth-token", "siglume.challenge-secret",
                        "siglume.webhook.secret", "siglume.webhook.additional-secrets[0]", "siglume.merchantAuthToken",
                        "siglume.webhook.additionalSecrets", "SIGLUME_MERCHANT_AUTH_TOKEN", "SIGLUME_AUTH_TOKEN",
                        "SIGLUME_WEBHOOK_SECRET", "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET", "siglume.challenge_secret",
                        "siglume.challengeSecret", "SIGLUME_CHALLENGE_SECRET", "siglume.webhook.additional_secrets[0]",
                        "siglume.webhook.additional-secrets[12]", "Siglume.Webhook.Secret", "siglume.auth_token",
                        "siglume.merchant_auth_token", "siglume.MERCHANT-AUTH-TOKEN", "siglume.webhook.additionalsecrets")) {
                    assertThat(sanitize(function, key)).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
                }
                for (String key : List.of("siglume.merchant", "siglume.webhook.path", "siglume.api-base",
                        "SIGLUME_DIRECT_PAYMENT_MERCHANT", "SIGLUME_API_BASE")) {
                    assertThat(sanitize(function, key)).as(key).isEqualTo("value");
                }
            });
        }

        @Test
        void sanitizingFunctionHidesConfiguredSecretsUnderAnyKey() {
            runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory",
                    "siglume.merchant-auth-token=" + MERCHANT_TOKEN).run(context -> {
                        SanitizingFunction function = context.getBean("siglumeSanitizingFunction",
                                SanitizingFunction.class);
                        for (String value : List.of(TestWebhooks.SECRET, " " + TestWebhooks.SECRET + " ",
                                "Bearer " + MERCHANT_TOKEN)) {
                            assertThat(sanitize(function, "my.copy", value)).as(value)
                                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
                        }
                        assertThat(sanitize(function, "my.copy", "whsec_other")).isEqualTo("whsec_other");
                        assertThat(sanitize(function, "my.number", 42)).isEqualTo(42);
                    });
        }

        private Object sanitize(SanitizingFunction function, String key, Object value) {
            SanitizableData data = new SanitizableData(new MapPropertySource("test", java.util.Map.of()), key, value);
            return function.applyUnlessFiltered(data).getValue();
        }

        private Object sanitize(SanitizingFunction function, String key) {
            SanitizableData data = new SanitizableData(new MapPropertySource("test", java.util.Map.of()), key, "value");
            return function.applyUnlessFiltered(data).getValue();
        }
    }

    /**
     * The starter's report of a startup failure, after checking that the failure is a
     * {@link SiglumeConfigurationException}: thrown as such (a listener check) or as the root
     * cause of a bean's failure.
     */
    static FailureAnalysis analyze(Throwable failure) {
        assertThat(failure).isNotNull();
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(SiglumeConfigurationException.class);
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Siglume SDRP: ");
        return analysis;
    }
}
