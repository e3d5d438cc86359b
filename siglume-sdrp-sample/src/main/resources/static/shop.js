// Shop page: lists the orders and starts a Hosted Checkout for the chosen one.
// The browser sends only the order id; the server decides amount, currency and return URLs.
"use strict";

function showMessage(text, kind) {
  const message = document.getElementById("message");
  message.textContent = text;
  message.className = "message " + (kind || "info");
}

function cell(row, text, className) {
  const td = row.insertCell();
  if (className) td.className = className;
  if (text !== undefined) td.textContent = text;
  return td;
}

function renderOrders(orders) {
  const body = document.getElementById("orders");
  body.replaceChildren();
  for (const order of orders) {
    const row = body.insertRow();
    row.id = "order-" + order.order_id;
    const item = cell(row);
    item.id = "item-" + order.order_id;
    item.append(order.description);
    const id = document.createElement("span");
    id.className = "order-id";
    id.textContent = order.order_id;
    item.append(id);
    cell(row, formatAmount(order.amount_minor, order.currency), "amount");
    const status = cell(row, STATUS_LABELS[order.status] || order.status, "status status-" + order.status);
    status.id = "status-" + order.order_id;
    status.dataset.status = order.status;
    const action = cell(row);
    if (order.payable) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "pay";
      button.id = "pay-" + order.order_id;
      button.textContent = "Pay with Siglume";
      button.setAttribute("aria-describedby", item.id);
      button.addEventListener("click", () => startCheckout(order.order_id, button));
      action.append(button);
    }
  }
}

async function loadOrders() {
  try {
    const response = await fetch("/orders", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("HTTP " + response.status);
    const body = await response.json();
    renderOrders(body.orders || []);
  } catch (error) {
    showMessage("Orders could not be loaded. Please refresh the page.", "error");
  }
}

function isWebUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch (error) {
    return false;
  }
}

async function startCheckout(orderId, button) {
  button.disabled = true;
  showMessage("Opening Siglume checkout…", "info");
  let body = {};
  let response;
  try {
    response = await fetch("/checkout/siglume/start", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ order_id: orderId }),
    });
    body = await response.json().catch(() => ({}));
  } catch (error) {
    response = undefined;
  }
  if (response && response.ok && isWebUrl(body.checkout_url)) {
    window.location.assign(body.checkout_url);
    return;
  }
  showMessage(body.error || "Payment could not be started. Please try again.", "error");
  button.disabled = false;
  loadOrders();
}

document.addEventListener("DOMContentLoaded", loadOrders);
