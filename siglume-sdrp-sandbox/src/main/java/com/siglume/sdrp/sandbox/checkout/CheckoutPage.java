package com.siglume.sdrp.sandbox.checkout;

import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.CANCELLED;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.OPEN;
import static com.siglume.sdrp.sandbox.SandboxCheckoutSession.PAID;

import com.siglume.sdrp.sandbox.SandboxCheckoutSession;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The sandbox's Hosted Checkout page: plain HTML forms that post to the confirm and cancel
 * routes, which answer a form post with a 303 redirect to the shop. It needs no script and no
 * external asset.
 */
final class CheckoutPage {

    /** No scripts, no outside resources; inline styles only. Forms may post to the sandbox and follow its redirect. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

    private static final String STYLE = """
            :root { color-scheme: light dark; --accent: #1f5eff; --muted: #5b6270; --line: #d9dde5; }
            @media (prefers-color-scheme: dark) { :root { --accent: #7da2ff; --muted: #aab1bf; --line: #3a404c; } }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
            main { max-width: 30rem; margin: 3rem auto; padding: 2rem; border: 1px solid var(--line); border-radius: 12px; }
            .badge { display: inline-block; margin: 0 0 .5rem; padding: .15rem .6rem; border-radius: 999px;
                     font-size: .8rem; font-weight: 600; background: #fff3c4; color: #5c4700; }
            h1 { margin: 0 0 1.25rem; font-size: 1.5rem; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.25rem; margin: 0 0 1.5rem; }
            dt { color: var(--muted); }
            dd { margin: 0; overflow-wrap: anywhere; }
            .amount { font-size: 1.25rem; font-weight: 700; }
            .actions { display: flex; gap: .75rem; flex-wrap: wrap; }
            form { margin: 0; }
            button, .link { font: inherit; padding: .65rem 1.2rem; border-radius: 8px; cursor: pointer;
                            border: 1px solid var(--accent); text-decoration: none; display: inline-block; }
            .primary { background: var(--accent); color: #fff; font-weight: 600; }
            .secondary, .link { background: transparent; color: var(--accent); }
            button:focus-visible, .link:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
            .note { margin: 1.5rem 0 0; font-size: .875rem; color: var(--muted); }
            """;

    private CheckoutPage() {
    }

    /** The page for one session in its current status. */
    static String render(SandboxCheckoutSession session) {
        String id = escape(session.sessionId());
        String amount = formatAmount(session.currency(), session.amountMinor());
        String heading = switch (session.status()) {
            case OPEN -> "Confirm your payment";
            case PAID -> "Payment confirmed";
            case CANCELLED -> "Checkout cancelled";
            default -> "Checkout expired";
        };
        StringBuilder actions = new StringBuilder();
        switch (session.status()) {
            case OPEN -> actions
                    .append("<div class=\"actions\">\n")
                    .append(form(id, "confirm", "primary", "Confirm payment"))
                    .append(form(id, "cancel", "secondary", "Cancel"))
                    .append("</div>\n");
            case PAID -> actions
                    .append("<p role=\"status\">This payment is confirmed.</p>\n")
                    .append(link(session.returnUrl()));
            case CANCELLED -> actions
                    .append("<p role=\"status\">This checkout was cancelled.</p>\n")
                    .append(link(session.returnUrl()));
            default -> actions
                    .append("<p role=\"status\">This checkout has expired. Start again from the shop.</p>\n")
                    .append(link(session.returnUrl()));
        }
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Pay " + escape(amount) + " - Siglume sandbox checkout</title>\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<main aria-labelledby=\"title\">\n"
                + "<p class=\"badge\">Sandbox: no real payment</p>\n"
                + "<h1 id=\"title\">" + heading + "</h1>\n"
                + "<dl>\n"
                + "<dt>Merchant</dt><dd>" + escape(session.merchant()) + "</dd>\n"
                + "<dt>Amount</dt><dd class=\"amount\">" + escape(amount) + "</dd>\n"
                + "<dt>Currency</dt><dd>" + escape(session.currency()) + " (settles in "
                + escape(session.tokenSymbol()) + ")</dd>\n"
                + "<dt>Pricing band</dt><dd>" + escape(session.pricingBand().wireName()) + "</dd>\n"
                + "<dt>Session</dt><dd>" + id + "</dd>\n"
                + "<dt>Status</dt><dd id=\"status\">" + escape(session.status()) + "</dd>\n"
                + "</dl>\n"
                + actions
                + "<p class=\"note\">This is a local sandbox page. No wallet, token or on-chain settlement is used. "
                + "Confirming sends a signed <code>direct_payment.confirmed</code> webhook to the shop, "
                + "then returns you to it.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /** A short page for a session that does not exist or an action that was refused. */
    static String message(String title, String message, String backHref) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " - Siglume sandbox checkout</title>\n"
                + "<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + "<main aria-labelledby=\"title\">\n"
                + "<p class=\"badge\">Sandbox: no real payment</p>\n"
                + "<h1 id=\"title\">" + escape(title) + "</h1>\n"
                + "<p role=\"alert\">" + escape(message) + "</p>\n"
                + (backHref == null ? "" : link(backHref).replace("Return to the shop", "Back to the checkout"))
                + "</main>\n</body>\n</html>\n";
    }

    /** JPY has no minor digits; USD has two. */
    static String formatAmount(String currency, long amountMinor) {
        int digits = "USD".equals(currency) ? 2 : 0;
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return currency + " " + format.format(BigDecimal.valueOf(amountMinor, digits));
    }

    private static String form(String escapedId, String action, String style, String label) {
        return "<form method=\"post\" action=\"/v1/sandbox/checkout-sessions/" + escapedId + "/" + action + "\">"
                + "<input type=\"hidden\" name=\"source\" value=\"checkout_page\">"
                + "<button type=\"submit\" class=\"" + style + "\">" + label + "</button></form>\n";
    }

    private static String link(String href) {
        return "<p><a class=\"link\" href=\"" + escape(href) + "\">Return to the shop</a></p>\n";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
