// Return pages (success and cancel): show the order's live status. The page never decides
// whether an order is paid; it only reads what the signed webhook made of it.
"use strict";

const POLL_INTERVAL_MS = 1000;
const POLL_ATTEMPTS = 20;

const STATUS_MESSAGES = {
  paid: "Payment confirmed. Thank you for your order.",
  fulfilled_unsettled: "Payment accepted. Your order is fulfilled; the payment settles with a later batch.",
  review: "We are checking this payment and will contact you. You do not need to pay again.",
  created: "No payment was made for this order.",
};

function setText(id, text) {
  document.getElementById(id).textContent = text;
}

function showOrder(order) {
  setText("order-id", order.order_id);
  setText("order-description", order.description);
  setText("order-amount", formatAmount(order.amount_minor, order.currency));
  const status = document.getElementById("order-status");
  status.textContent = STATUS_LABELS[order.status] || order.status;
  status.className = "status status-" + order.status;
  status.dataset.status = order.status;
}

function sleep(ms) {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

async function fetchOrder(orderId) {
  const response = await fetch("/orders/" + encodeURIComponent(orderId), {
    headers: { Accept: "application/json" },
    cache: "no-store",
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error("HTTP " + response.status);
  return response.json();
}

async function watchOrder() {
  const page = document.body.dataset.page;
  const orderId = new URLSearchParams(window.location.search).get("order_id");
  if (!orderId) {
    setText("order-status", "Unknown");
    setText("status-message", "This link does not name an order.");
    return;
  }
  setText("order-id", orderId);
  for (let attempt = 1; attempt <= POLL_ATTEMPTS; attempt++) {
    let order;
    try {
      order = await fetchOrder(orderId);
    } catch (error) {
      order = undefined;
    }
    if (order === null) {
      setText("order-status", "Unknown");
      setText("status-message", "This order does not exist.");
      return;
    }
    if (order) {
      showOrder(order);
      if (order.status !== "pending") {
        setText("status-message", STATUS_MESSAGES[order.status] || "");
        return;
      }
      setText("status-message", page === "cancel"
        ? "No payment has been confirmed for this order."
        : "Waiting for Siglume to confirm the payment…");
    }
    await sleep(POLL_INTERVAL_MS);
  }
  setText("status-message", page === "cancel"
    ? "No payment has been confirmed for this order. You can pay again from the shop."
    : "The payment is not confirmed yet. Refresh this page in a little while.");
}

document.addEventListener("DOMContentLoaded", watchOrder);
