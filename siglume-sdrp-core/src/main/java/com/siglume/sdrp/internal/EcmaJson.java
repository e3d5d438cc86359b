package com.siglume.sdrp.internal;

/**
 * Writes JSON string literals exactly as ECMAScript {@code JSON.stringify} does.
 *
 * <p>Not part of the public API. Hashes over JSON text (request hash v2) must match the
 * reference byte for byte, and general-purpose writers differ in small ways (Jackson writes
 * upper-case hex in its six-character escapes). The rules, from
 * ECMAScript's {@code QuoteJSONString}: {@code "} and {@code \} get a backslash;
 * backspace, form feed, line feed, carriage return and tab use their short escapes; any other
 * code unit below U+0020 and any unpaired surrogate becomes {@code \}{@code u} with four
 * lower-case hex digits; everything else, non-ASCII and U+2028/U+2029 included, is written
 * as is.
 */
public final class EcmaJson {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private EcmaJson() {
    }

    /**
     * Returns a string as a quoted JSON literal.
     *
     * @param value the string; not {@code null}
     * @return the literal, quotes included
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendQuoted(out, value);
        return out.toString();
    }

    /**
     * Appends a string as a quoted JSON literal.
     *
     * @param out where to write
     * @param value the string; not {@code null}
     */
    public static void appendQuoted(StringBuilder out, String value) {
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < length
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX_DIGITS[(c >> 12) & 0xF])
                .append(HEX_DIGITS[(c >> 8) & 0xF])
                .append(HEX_DIGITS[(c >> 4) & 0xF])
                .append(HEX_DIGITS[c & 0xF]);
    }
}
