package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.webhook.WebhookSignatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A matrix of generated bad deliveries over real HTTP against the shop's webhook endpoint:
 * signature headers, bodies, sizes, methods, content types and encodings. Each case expects one
 * exact 4xx status; afterwards no listener ran, no event row was written and the order the
 * valid event would pay is unchanged.
 *
 * <p>Replays are honest: a body re-signed with the right secret is a valid delivery, so replay
 * cases expect a 2xx {@code duplicate} answer for an event that was already processed, and
 * prove that it changes nothing. They are counted apart from the 4xx cases.
 */
class BadInputMatrixTests extends ReliabilityShopTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/siglume/webhook";

    /** The fewest bad deliveries the matrix must send; the reliability guide states it. */
    static final int MINIMUM_BAD_DELIVERIES = 200;
    /** The shop's default siglume.webhook.max-body-size. */
    private static final int MAX_BODY = 1024 * 1024;

    /** One request and the status it must get. */
    record Case(String category, String name, String method, byte[] body, List<String[]> headers, boolean chunked,
            int expected, String expectedOutcome) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Case> cases = new ArrayList<>();
    private String secret;
    private long now;

    @Test
    void everyBadDeliveryGetsItsExact4xxAndChangesNothing() throws Exception {
        secret = sandbox.webhookSecret();
        now = Instant.now().getEpochSecond();
        StormEvents.Paid target = StormEvents.create(orders, checkout, sandbox, "matrix", 1).get(0);
        StormEvents.Paid replayed = StormEvents.create(orders, checkout, sandbox, "replayed", 1).get(0);
        SignedWebhook original = replayed.delivery();
        HttpResponse<String> first = send(new Case("setup", "first delivery", "POST", original.body(),
                headers(original.signatureHeader()), false, 200, "processed"));
        assertThat(first.statusCode()).isEqualTo(200);
        Order targetBefore = orders.findById(target.orderId()).orElseThrow();
        Order replayedBefore = orders.findById(replayed.orderId()).orElseThrow();
        assertThat(replayedBefore.status().wireName()).isEqualTo(replayed.expectedStatus());
        committedRuns.reset();

        byte[] body = target.delivery().body();
        signatureCases(body);
        bodyCases(body);
        sizeCases(body);
        methodCases(body);
        contentTypeCases(body);
        encodingCases(body);
        replayCases(original.body(), original.signatureHeader());

        Map<String, Integer> perCategory = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            perCategory.merge(c.category(), 1, Integer::sum);
            HttpResponse<String> response = send(c);
            String outcome = response.statusCode() / 100 == 2 ? outcomeOf(response.body()) : null;
            if (response.statusCode() != c.expected()
                    || (c.expectedOutcome() != null && !c.expectedOutcome().equals(outcome))) {
                mismatches.add(c.category() + " / " + c.name() + ": expected " + c.expected() + " "
                        + c.expectedOutcome() + ", got " + response.statusCode() + " " + response.body());
            }
        }
        long fourXx = cases.stream().filter(c -> c.expected() / 100 == 4).count();
        System.out.printf("[reliability] bad-input matrix: %d cases answered 4xx, %d valid replays answered 2xx"
                + " duplicate; per category: %s%n", fourXx, cases.size() - fourXx, perCategory);

        assertThat(mismatches).isEmpty();
        assertThat(fourXx).isGreaterThanOrEqualTo(MINIMUM_BAD_DELIVERIES);
        assertThat(committedRuns.invocations()).as("listener calls").isZero();
        assertThat(eventRows()).as("only the setup delivery is recorded").isEqualTo(1);
        assertThat(reviewRows()).isZero();
        assertThat(orders.findById(target.orderId()).orElseThrow()).isEqualTo(targetBefore);
        assertThat(orders.findById(replayed.orderId()).orElseThrow()).isEqualTo(replayedBefore);
    }

    // ---- categories ------------------------------------------------------------------------

    /**
     * Stale and future cases stay 30 s or more outside the 300 s tolerance, and valid replays 60 s
     * or more inside it, so the seconds the matrix takes to send cannot move a case across the
     * line; the exact boundary is the core verifier's unit tests' job, on a fixed clock.
     */
    private void signatureCases(byte[] body) {
        String valid = WebhookSignatures.sign(secret, body, now);
        String category = "signature header";
        add(category, "missing", "POST", body, List.of(), 401);
        add(category, "empty", "POST", body, headers(""), 401);
        List<String> garbage = List.of("garbage", "t=", "v1=", "t=,v1=", ",", "=", "==", "t==" + now + ",v1=" + valid,
                "t=" + now, "v1=" + valid, "t=" + now + ",v1=", "t=" + now + ",v1=zz", "t=" + now + ",v1=" + valid.substring(2),
                "t=" + now + ",v1=" + valid + "00", "t=" + now + ",v1=" + valid.substring(0, 63) + "g",
                "t=" + now + ";v1=" + valid, "t:" + now + ",v1:" + valid, "T=" + now + ",V1=" + valid,
                "t=" + now + ",v0=" + valid, "t=" + now + ",v2=" + valid, "t=" + now + ",t=" + now + ",v1=" + valid,
                "t=" + now + ".0,v1=" + valid, "t=" + now + "000,v1=" + valid, "t=-" + now + ",v1=" + valid,
                "t=99999999999999999999,v1=" + valid, "t=0x" + Long.toHexString(now) + ",v1=" + valid,
                "t=" + now + " " + now + ",v1=" + valid, "v1=" + valid + ",v1=" + valid,
                "t=" + now + ",v1=" + "0".repeat(64), "t=" + now + ",v1=" + "f".repeat(64),
                "t=" + now + ",v1=" + WebhookSignatures.sign(secret, body, now - 1),
                "sha256=" + valid, "Bearer " + valid, "t=" + now + " v1=" + valid, "t = " + now + " , v1 = " + valid + "x",
                "t=" + now + ",v1=" + valid.toUpperCase().substring(1), "null", "undefined", "[]", "{}", "t=NaN,v1=" + valid,
                "t=" + now + ",v1=" + (valid.charAt(0) == '0' ? '1' : '0') + valid.substring(1));
        for (int i = 0; i < garbage.size(); i++) {
            add(category, "malformed #" + i, "POST", body, headers(garbage.get(i)), 401);
        }
        String signed = "t=" + now + ",v1=" + valid;
        add(category, "two headers, invalid first", "POST", body,
                List.of(new String[] {"Siglume-Signature", "t=" + now + ",v1=" + "0".repeat(64)},
                        new String[] {"Siglume-Signature", signed}), 401);
        add(category, "two headers, both invalid", "POST", body,
                List.of(new String[] {"Siglume-Signature", "garbage"}, new String[] {"Siglume-Signature", "t=1,v1=00"}),
                401);
        add(category, "oversized v1 (4 KB of hex)", "POST", body, headers("t=" + now + ",v1=" + "ab".repeat(2048)), 401);
        add(category, "oversized item list (6 KB)", "POST", body,
                headers("t=" + now + ",v1=" + "0".repeat(64) + ",x=" + "y".repeat(6000)), 401);
        add(category, "header over the server's 8 KB limit", "POST", body, headers(signed + ",x=" + "y".repeat(9000)),
                400);
        add(category, "header of 32 KB", "POST", body, headers(signed + ",x=" + "y".repeat(32 * 1024)), 400);
        List<String> wrongSecrets = List.of("whsec_wrong", secret + "x", secret.substring(0, secret.length() - 1),
                secret.toUpperCase(), secret + "_old", "whsec_rotated_away", "whsec_test_starter_secret", "x");
        for (String wrong : wrongSecrets) {
            add(category, "wrong secret", "POST", body, headers(WebhookSignatures.header(wrong, body, now)), 401);
        }
        for (long age : new long[] {330, 360, 400, 3_600, 86_400, now - 1}) {
            add(category, "stale by " + age + " s", "POST", body,
                    headers(WebhookSignatures.header(secret, body, now - age)), 401);
        }
        for (long ahead : new long[] {330, 360, 400, 3_600, 86_400 * 365L}) {
            add(category, "future by " + ahead + " s", "POST", body,
                    headers(WebhookSignatures.header(secret, body, now + ahead)), 401);
        }
        Random random = new Random(7);
        for (int i = 0; i < 32; i++) {
            byte[] tampered = body.clone();
            int position = i < 4 ? new int[] {0, 1, tampered.length - 2, tampered.length - 1}[i]
                    : random.nextInt(tampered.length);
            tampered[position] ^= (byte) (1 << random.nextInt(8));
            add("tampered body", "bit flip at " + position, "POST", tampered, headers(signed(body)), 401);
        }
        add("tampered body", "trailing space", "POST", concat(body, " ".getBytes(StandardCharsets.UTF_8)),
                headers(signed(body)), 401);
        add("tampered body", "leading newline", "POST", concat("\n".getBytes(StandardCharsets.UTF_8), body),
                headers(signed(body)), 401);
        add("tampered body", "last byte cut", "POST", Arrays.copyOf(body, body.length - 1), headers(signed(body)), 401);
        add("tampered body", "empty body, header of the full one", "POST", new byte[0], headers(signed(body)), 401);
        reserialisedCases(body);
    }

    private void reserialisedCases(byte[] body) {
        String header = signed(body);
        JsonNode event = JSON.readTree(body);
        String category = "re-serialised JSON";
        add(category, "pretty printed", "POST",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(event), headers(header), 401);
        ObjectNode reordered = JSON.createObjectNode();
        List<String> names = new ArrayList<>(event.propertyNames());
        java.util.Collections.reverse(names);
        names.forEach(name -> reordered.set(name, event.get(name)));
        add(category, "keys in another order", "POST", JSON.writeValueAsBytes(reordered), headers(header), 401);
        add(category, "underscores in strings escaped", "POST", new String(body, StandardCharsets.UTF_8)
                .replace("_", "\\u005f").getBytes(StandardCharsets.UTF_8), headers(header), 401);
        add(category, "colon in the challenge hash escaped", "POST", new String(body, StandardCharsets.UTF_8)
                .replace("sha256:", "sha256\\u003a").getBytes(StandardCharsets.UTF_8), headers(header), 401);
        add(category, "spaces after separators", "POST", new String(body, StandardCharsets.UTF_8)
                .replace("\",\"", "\", \"").getBytes(StandardCharsets.UTF_8), headers(header), 401);
        add(category, "CRLF line end", "POST", concat(body, "\r\n".getBytes(StandardCharsets.UTF_8)), headers(header),
                401);
        String original = header.substring(header.indexOf(",v1=") + 4);
        for (long shift : new long[] {-60, -1, 1, 60}) {
            add(category, "digest kept, timestamp changed by " + shift, "POST", body,
                    headers("t=" + (now + shift) + ",v1=" + original), 401);
        }
        add(category, "re-signed with another secret at another time", "POST", body,
                headers(WebhookSignatures.header("whsec_attacker", body, now + 5)), 401);
    }

    private void bodyCases(byte[] valid) {
        String category = "signed invalid body";
        String event = new String(valid, StandardCharsets.UTF_8);
        List<String> bodies = new ArrayList<>(List.of("", " ", "hello", "<event/>", "{", "}", "{\"id\":", "null", "true",
                "123", "\"string\"", "NaN", "[]", "[1,2]", "[" + event + "]", "{}", "{\"data\":{}}", event + " x",
                event + event, event + "]", "{\"id\":\"evt\",\"type\":\"t\"}"));
        for (String field : List.of("id", "type", "api_version", "occurred_at", "data")) {
            ObjectNode missing = (ObjectNode) JSON.readTree(valid);
            missing.remove(field);
            bodies.add(JSON.writeValueAsString(missing));
        }
        List<String[]> wrongTypes = List.of(new String[] {"id", "7"},
                new String[] {"type", "[\"direct_payment.confirmed\"]"}, new String[] {"api_version", "null"},
                new String[] {"occurred_at", "1781136000"}, new String[] {"data", "\"data\""},
                new String[] {"data", "[]"}, new String[] {"data", "null"}, new String[] {"id", "\"\""},
                new String[] {"id", "\"   \""}, new String[] {"type", "{}"}, new String[] {"occurred_at", "true"},
                new String[] {"api_version", "\"\\u3000\""});
        for (String[] wrong : wrongTypes) {
            ObjectNode changed = (ObjectNode) JSON.readTree(valid);
            changed.set(wrong[0], JSON.readTree(wrong[1]));
            bodies.add(JSON.writeValueAsString(changed));
        }
        bodies.add("{\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        for (int i = 0; i < bodies.size(); i++) {
            byte[] bytes = bodies.get(i).getBytes(StandardCharsets.UTF_8);
            add(category, "body #" + i, "POST", bytes, headers(signed(bytes)), 400);
        }
        byte[] invalidUtf8 = event.replace("\"data\":{", "\"data\":{\"note\":\"\u00ff\",")
                .getBytes(StandardCharsets.ISO_8859_1);
        add(category, "invalid UTF-8 in a string", "POST", invalidUtf8, headers(signed(invalidUtf8)), 400);
        Random random = new Random(11);
        for (int i = 0; i < 8; i++) {
            byte[] noise = new byte[1 + random.nextInt(2048)];
            random.nextBytes(noise);
            noise[0] = (byte) '#';
            add(category, "random bytes #" + i, "POST", noise, headers(signed(noise)), 400);
        }
    }

    private void sizeCases(byte[] body) {
        String category = "size over max-body-size";
        for (int size : new int[] {MAX_BODY + 1, MAX_BODY + 4096, MAX_BODY * 3 / 2, MAX_BODY * 2}) {
            byte[] large = padded(body, size);
            add(category, size + " bytes with Content-Length", "POST", large, headers(signed(large)), false, 413);
            add(category, size + " bytes chunked", "POST", large, headers(signed(large)), true, 413);
        }
    }

    private void methodCases(byte[] body) {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            add("method", method + " without body", method, new byte[0], List.of(), 405);
            add("method", method + " with the signed event", method, body, headers(signed(body)), 405);
        }
        add("method", "HEAD", "HEAD", new byte[0], List.of(), 405);
        add("method", "OPTIONS", "OPTIONS", new byte[0], List.of(), 405);
    }

    private void contentTypeCases(byte[] body) {
        List<String> types = List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/octet-stream", "application/json; charset=utf-16", "*/*");
        for (String type : types) {
            List<String[]> unsigned = new ArrayList<>(List.<String[]>of(new String[] {"Content-Type", type}));
            unsigned.add(new String[] {"Siglume-Signature", "t=" + now + ",v1=" + "0".repeat(64)});
            add("content type", type + ", bad signature", "POST", body, unsigned, 401);
            byte[] form = "id=evt_form&type=direct_payment.confirmed&data=%7B%7D".getBytes(StandardCharsets.UTF_8);
            List<String[]> signedForm = new ArrayList<>(List.<String[]>of(new String[] {"Content-Type", type}));
            signedForm.add(new String[] {"Siglume-Signature", signed(form)});
            add("content type", type + ", signed non-JSON body", "POST", form, signedForm, 400);
        }
    }

    private void encodingCases(byte[] body) {
        String category = "encoding";
        for (String encoding : List.of("gzip", "deflate")) {
            byte[] compressed = compress(body, encoding);
            List<String[]> overCompressed = new ArrayList<>(headers(signed(compressed)));
            overCompressed.add(new String[] {"Content-Encoding", encoding});
            add(category, encoding + " body signed as sent", "POST", compressed, overCompressed, 400);
            List<String[]> overPlain = new ArrayList<>(headers(signed(body)));
            overPlain.add(new String[] {"Content-Encoding", encoding});
            add(category, encoding + " body signed before compression", "POST", compressed, overPlain, 401);
        }
        String text = new String(body, StandardCharsets.UTF_8).replace("\"data\":{", "\"data\":{\"note\":\"caf\u00e9\",");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1)) {
            byte[] recoded = text.getBytes(charset);
            add(category, charset + " body signed as UTF-8", "POST", recoded, headers(signed(utf8)), 401);
        }
    }

    private void replayCases(byte[] body, String originalHeader) {
        String category = "replay (valid signature)";
        add(category, "exact same request again", "POST", body, headers(originalHeader), false, 200, "duplicate");
        for (long shift : new long[] {-240, -60, 0, 1, 60, 240}) {
            add(category, "re-signed with the right secret, t shifted " + shift + " s", "POST", body,
                    headers(WebhookSignatures.header(secret, body, now + shift)), false, 200, "duplicate");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void add(String category, String name, String method, byte[] body, List<String[]> headers, int expected) {
        add(category, name, method, body, headers, false, expected);
    }

    private void add(String category, String name, String method, byte[] body, List<String[]> headers,
            boolean chunked, int expected) {
        cases.add(new Case(category, name, method, body, headers, chunked, expected, null));
    }

    private void add(String category, String name, String method, byte[] body, List<String[]> headers,
            boolean chunked, int expected, String outcome) {
        cases.add(new Case(category, name, method, body, headers, chunked, expected, outcome));
    }

    private static List<String[]> headers(String signature) {
        return List.<String[]>of(new String[] {"Siglume-Signature", signature});
    }

    private String signed(byte[] body) {
        return WebhookSignatures.header(secret, body, now);
    }

    private HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = c.body().length == 0 && !"POST".equals(c.method())
                ? HttpRequest.BodyPublishers.noBody()
                : c.chunked()
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                        : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(webhookUrl()).timeout(Duration.ofSeconds(30))
                .method(c.method(), publisher);
        boolean contentTypeSet = false;
        for (String[] header : c.headers()) {
            request.header(header[0], header[1]);
            contentTypeSet |= header[0].equalsIgnoreCase("Content-Type");
        }
        if (!contentTypeSet) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String outcomeOf(String body) {
        return JSON.readTree(body).path("outcome").asString(null);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** A valid event padded with a large string field up to the given size. */
    private static byte[] padded(byte[] event, int size) {
        String text = new String(event, StandardCharsets.UTF_8);
        String prefix = text.substring(0, text.length() - 1) + ",\"padding\":\"";
        String suffix = "\"}";
        return (prefix + "p".repeat(Math.max(0, size - prefix.length() - suffix.length())) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] compress(byte[] body, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var compressor = "gzip".equals(encoding) ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            compressor.write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
