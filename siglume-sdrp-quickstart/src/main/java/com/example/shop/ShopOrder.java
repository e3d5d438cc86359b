package com.example.shop;

/**
 * An order as the shop stores it. Amount and currency come from here, never from the browser.
 *
 * @param id the order id
 * @param amountMinor the amount in minor units (JPY has none: 1200 is JPY 1,200)
 * @param currency {@code JPY} or {@code USD}
 * @param status {@code created}, {@code pending} or {@code paid}
 */
public record ShopOrder(String id, long amountMinor, String currency, String status) {
}
