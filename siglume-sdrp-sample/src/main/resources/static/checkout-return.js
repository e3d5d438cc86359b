// Return pages (success and cancel): one script builds both and shows the order's live status.
// The page never decides whether an order is paid; it only reads what the signed webhook made of
// it. Its heading waits for the order, so an unknown order is never thanked for.
"use strict";

const POLL_INTERVAL_MS = 1000;
const POLL_ATTEMPTS = 20;

const PAGES = {
  success: {
    heading: "Thank you",
    intro: "You are back from Siglume checkout. The order is marked paid only when the shop receives "
      + "Siglume's signed payment webhook, so its status below may take a moment.",
    waiting: "Waiting for Siglume to confirm the payment…",
    gaveUp: "The payment is not confirmed yet. Refresh this page in a little while.",
    headingByStatus: { created: "No payment yet", review: "Payment under review" },
  },
  cancel: {
    heading: "Payment cancelled",
    intro: "You left Siglume checkout without paying. You can go back to the shop and try again.",
    waiting: "No payment has been confirmed for this order.",
    gaveUp: "No payment has been confirmed for this order. You can pay again from the shop.",
    headingByStatus: { paid: "Order already paid", fulfilled_unsettled: "Order already paid", review: "Payment under review" },
  },
};

const STATUS_MESSAGES = {
  paid: "Payment confirmed. Thank you for your order.",
  fulfilled_unsettled: "Payment accepted. Your order is fulfilled; the payment settles with a later batch.",
  review: "We are checking this payment and will contact you. You do not need to pay again.",
  created: "No payment was made for this order.",
};

function element(tag, attributes, children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  node.append(...(children || []));
  return node;
}

function detail(label, id, text) {
  return [element("dt", {}, [label]), element("dd", {}, [element("span", { id }, [text])])];
}

// The markup both pages share: a heading, the order card and the way back.
function buildPage() {
  const header = element("header", {}, [
    element("h1", { id: "page-title" }, ["Checking your order…"]),
    element("p", { id: "page-intro" }),
  ]);
  const details = element("dl", { id: "order-details" }, [
    ...detail("Order", "order-id", "–"),
    ...detail("Item", "order-description", "–"),
    ...detail("Amount", "order-amount", "–"),
    ...detail("Status", "order-status", "Loading…"),
  ]);
  const card = element("section", { class: "card", "aria-labelledby": "order-heading" }, [
    element("h2", { id: "order-heading" }, ["Order"]),
    details,
    element("p", { id: "status-message", class: "message info", role: "status", "aria-live": "polite" }),
  ]);
  const back = element("p", {}, [element("a", { id: "back-link", href: "/" }, ["Back to the shop"])]);
  document.body.append(header, element("main", {}, [card, back]));
  document.getElementById("order-status").className = "status";
}

function setText(id, text) {
  document.getElementById(id).textContent = text;
}

function showHeading(heading, intro) {
  setText("page-title", heading);
  setText("page-intro", intro);
  document.title = heading + " · Siglume sample shop";
}

function showNoOrder(heading, message) {
  showHeading(heading, "");
  document.getElementById("order-details").hidden = true;
  setText("status-message", message);
}

function showOrder(page, order) {
  const byStatus = page.headingByStatus[order.status];
  showHeading(byStatus || page.heading, byStatus ? "" : page.intro);
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
  const page = PAGES[document.body.dataset.page] || PAGES.success;
  buildPage();
  const orderId = (new URLSearchParams(window.location.search).get("order_id") || "").trim();
  if (!orderId) {
    showNoOrder("No order named", "This link does not name an order. Your orders are on the shop page.");
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
      showNoOrder("Order not found", "This order does not exist.");
      return;
    }
    if (order) {
      showOrder(page, order);
      if (order.status !== "pending") {
        setText("status-message", STATUS_MESSAGES[order.status] || "");
        return;
      }
      setText("status-message", page.waiting);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  setText("status-message", page.gaveUp);
}

document.addEventListener("DOMContentLoaded", watchOrder);
