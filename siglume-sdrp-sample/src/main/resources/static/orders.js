// Shared by every page: how an order's status and amount are shown. Loaded before the page's
// own script, which uses these names.
"use strict";

const STATUS_LABELS = {
  created: "Not paid",
  pending: "Awaiting payment",
  paid: "Paid",
  fulfilled_unsettled: "Paid, settles later",
  review: "Under review",
};

function formatAmount(amountMinor, currency) {
  const format = new Intl.NumberFormat(undefined, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits;
  return format.format(amountMinor / Math.pow(10, digits));
}
