package app.lightbox.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a multipart part's headers say about it: the form field's name and, for a file, the name the sender
 * gave ({@code Content-Disposition: form-data; name="file"; filename="cat.png"}, RFC 7578 §4.2). Read as
 * leniently as browsers and tools write it: header names in any case, values quoted or not, a quote inside a
 * quoted value kept when escaped, {@code filename*} (RFC 5987: {@code UTF-8''%E7%8C%AB.png}) before
 * {@code filename}. The name is taken as sent, path and all: the library cleans names itself.
 */
record PartHeaders(@Nullable String fieldName, @Nullable String fileName) {

    private static final String DISPOSITION = "content-disposition";

    /** The headers' text, lines separated by CRLF; a line that starts with a space or tab continues the one before. */
    static PartHeaders parse(String headers) {
        String disposition = header(headers, DISPOSITION);
        if (disposition == null) {
            return new PartHeaders(null, null);
        }
        String type = disposition.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("form-data") && !type.equals("attachment")) {
            return new PartHeaders(null, null);
        }
        Map<String, String> parameters = parameters(disposition);
        String fileName = Optional.ofNullable(parameters.get("filename*")).map(PartHeaders::extended)
                .orElse(parameters.get("filename"));
        String field = type.equals("form-data") ? parameters.get("name") : null;
        return new PartHeaders(field == null ? null : field.strip(), fileName == null ? null : fileName.strip());
    }

    private static @Nullable String header(String headers, String name) {
        for (String line : headers.replace("\r\n ", " ").replace("\r\n\t", " ").split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** The parameters after the first {@code ;}, names in lower case; the first of a name counts. */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new HashMap<>();
        int at = value.indexOf(';');
        while (at >= 0 && at < value.length()) {
            int equals = value.indexOf('=', at + 1);
            int semicolon = value.indexOf(';', at + 1);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                at = semicolon; // a parameter without a value
                continue;
            }
            String name = value.substring(at + 1, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < value.length() && value.charAt(start) == ' ') {
                start++;
            }
            String parameter;
            if (start < value.length() && value.charAt(start) == '"') {
                int end = closingQuote(value, start + 1);
                parameter = value.substring(start + 1, end);
                at = value.indexOf(';', end);
            } else {
                int end = value.indexOf(';', start);
                parameter = value.substring(start, end < 0 ? value.length() : end).strip();
                at = end;
            }
            parameters.putIfAbsent(name, parameter);
        }
        return parameters;
    }

    /** Where a quoted value ends: the next quote not escaped by a backslash, else the end of the text. */
    private static int closingQuote(String value, int from) {
        boolean escaped = false;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && !escaped) {
                return i;
            }
            escaped = !escaped && c == '\\';
        }
        return value.length();
    }

    /** An RFC 5987 value, {@code charset'language'percent-encoded}; null if it cannot be read. */
    private static @Nullable String extended(String value) {
        String[] pieces = value.split("'", 3);
        if (pieces.length != 3) {
            return null;
        }
        Charset charset;
        try {
            charset = pieces[0].isBlank() ? StandardCharsets.UTF_8 : Charset.forName(pieces[0].strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = pieces[2];
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && HexFormat.isHexDigit(text.charAt(at));
    }
}
