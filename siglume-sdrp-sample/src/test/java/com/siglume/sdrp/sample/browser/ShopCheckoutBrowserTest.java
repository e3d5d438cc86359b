package com.siglume.sdrp.sample.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sample.order.OrderSeeder;
import com.siglume.sdrp.sample.order.OrderStatus;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.siglume.sdrp.sample.web.ShopErrorHandler;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person's path through the shop in a real browser: the shop page, "Pay with Siglume", the
 * sandbox checkout page, and back. The shop runs on a random port with its embedded sandbox;
 * only the signed webhook may mark the order paid, so the success page has to wait for it.
 * The return pages for an unknown order, and a form post made from the page, are covered too.
 * Each step is saved as a PNG under {@code target/browser-screenshots/<flow>/}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ShopCheckoutBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final By PAY_ORDER_123 = By.id("pay-order_123");
    private static final By CONFIRM = By.xpath("//button[normalize-space()='Confirm payment']");
    private static final By CANCEL = By.xpath("//button[normalize-space()='Cancel']");

    private static ChromiumBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    SiglumeSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderSeeder seeder;

    @Autowired
    OrderRepository orders;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = ChromiumBrowser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshShopAndSandbox() {
        for (String table : List.of("siglume_checkout_attempts", "shop_payment_review", "shop_settlement_batch",
                "shop_order", "siglume_webhook_events")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        seeder.seed();
        sandbox.reset();
        driver = browser.driver();
        driver.manage().deleteAllCookies();
        wait = new WebDriverWait(driver, WAIT);
    }

    /**
     * Waits until the shop's redirect has reached the sandbox's page: a lookup sent while the
     * browser is still navigating is aborted by the navigation instead of waiting for the page.
     */
    private void onSandboxCheckoutPage() {
        wait.until(urlContains(sandbox.baseUrl() + "/pay/"));
    }

    @Test
    void confirmingOnTheCheckoutPageEndsOnAPaidOrder() {
        driver.get(shopUrl("/"));
        wait.until(elementToBeClickable(PAY_ORDER_123));
        assertThat(driver.findElement(By.id("status-order_123")).getText()).isEqualTo("Not paid");
        assertThat(driver.findElement(PAY_ORDER_123).getText()).isEqualTo("Pay with Siglume");
        browser.screenshot("paid", "01-shop");

        driver.findElement(PAY_ORDER_123).click();
        onSandboxCheckoutPage();
        wait.until(elementToBeClickable(CONFIRM));
        assertThat(driver.getCurrentUrl()).startsWith(sandbox.baseUrl() + "/pay/");
        assertThat(driver.findElement(By.cssSelector("dd.amount")).getText()).isEqualTo("JPY 1,200");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("open");
        assertThat(status("order_123")).isEqualTo(OrderStatus.PENDING);
        String sessionId = lastPathSegment(driver.getCurrentUrl());
        browser.screenshot("paid", "02-sandbox-checkout");

        driver.findElement(CONFIRM).click();
        wait.until(urlContains("/checkout/success"));
        wait.until(textToBe(By.id("order-status"), "Paid"));
        assertThat(driver.getCurrentUrl())
                .isEqualTo(shopUrl("/checkout/success?order_id=order_123&session_id=" + sessionId));
        assertThat(driver.findElement(By.id("status-message")).getText())
                .isEqualTo("Payment confirmed. Thank you for your order.");
        assertThat(driver.findElement(By.id("order-amount")).getText()).contains("1,200");
        assertThat(status("order_123")).isEqualTo(OrderStatus.PAID);
        browser.screenshot("paid", "03-success-page");

        driver.findElement(By.id("back-link")).click();
        wait.until(textToBe(By.id("status-order_123"), "Paid"));
        assertThat(driver.findElements(PAY_ORDER_123)).isEmpty();
        browser.screenshot("paid", "04-shop-after-payment");
    }

    @Test
    void cancellingOnTheCheckoutPageLeavesTheOrderUnpaid() {
        driver.get(shopUrl("/"));
        wait.until(elementToBeClickable(PAY_ORDER_123)).click();
        onSandboxCheckoutPage();
        wait.until(elementToBeClickable(CANCEL));
        String sessionId = lastPathSegment(driver.getCurrentUrl());
        browser.screenshot("cancelled", "01-sandbox-checkout");

        driver.findElement(CANCEL).click();
        wait.until(urlContains("/checkout/cancel"));
        wait.until(textToBe(By.id("status-message"), "No payment has been confirmed for this order."));
        assertThat(driver.getCurrentUrl())
                .isEqualTo(shopUrl("/checkout/cancel?order_id=order_123&session_id=" + sessionId));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Payment cancelled");
        assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(status("order_123")).isEqualTo(OrderStatus.PENDING);
        assertThat(sandbox.session(sessionId).orElseThrow().status()).isEqualTo("cancelled");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single()).isZero();
        browser.screenshot("cancelled", "02-cancel-page");

        driver.findElement(By.id("back-link")).click();
        wait.until(elementToBeClickable(PAY_ORDER_123));
        assertThat(driver.findElement(By.id("status-order_123")).getText()).isEqualTo("Awaiting payment");
        browser.screenshot("cancelled", "03-shop-after-cancel");
    }

    @Test
    void returnPagesForAnUnknownOrMissingOrderSayNoOrderAndThankNobody() {
        driver.get(shopUrl("/checkout/success?order_id=nope"));
        wait.until(textToBe(By.id("status-message"), "This order does not exist."));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Order not found");
        assertThat(driver.getTitle()).isEqualTo("Order not found · Siglume sample shop");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Thank you");
        assertThat(driver.findElement(By.id("order-details")).isDisplayed()).isFalse();
        browser.screenshot("unknown-order", "01-success-page");

        driver.get(shopUrl("/checkout/success"));
        wait.until(textToBe(By.id("page-title"), "No order named"));
        assertThat(driver.findElement(By.id("status-message")).getText())
                .isEqualTo("This link does not name an order. Your orders are on the shop page.");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Thank you");
        browser.screenshot("unknown-order", "02-success-page-without-order");

        driver.get(shopUrl("/checkout/cancel?order_id=nope"));
        wait.until(textToBe(By.id("status-message"), "This order does not exist."));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Order not found");
        browser.screenshot("unknown-order", "03-cancel-page");
    }

    @Test
    void aFormPostFromThePageGetsTheJsonErrorAndTheIconIsFound() {
        driver.get(shopUrl("/"));
        wait.until(elementToBeClickable(PAY_ORDER_123));
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([
                  fetch("/checkout/siglume/start", { method: "POST", body: new URLSearchParams({ order_id: "order_123" }) }),
                  fetch("/favicon.ico"),
                ]).then(async ([start, icon]) => done([String(start.status), start.headers.get("content-type"),
                    (await start.json()).error, String(icon.status), icon.headers.get("content-type")]))
                  .catch((error) => done(["failed", String(error)]));
                """);
        assertThat(answer).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("415", "application/json",
                ShopErrorHandler.NOT_JSON, "200", "image/svg+xml");
        assertThat(status("order_123")).isEqualTo(OrderStatus.CREATED);
    }

    private OrderStatus status(String orderId) {
        return orders.findById(orderId).orElseThrow().status();
    }

    private String shopUrl(String path) {
        return "http://localhost:" + port + path;
    }

    private static String lastPathSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
