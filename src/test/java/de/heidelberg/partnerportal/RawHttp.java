package de.heidelberg.partnerportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken over a plain socket, for requests that {@link java.net.http.HttpClient} refuses to send:
 * control characters in a header, {@code |{}<>} or invalid percent escapes in the address, any method name,
 * exact bytes. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    /** What came back: the status, the headers (names in lower case, the last of each), the body as UTF-8. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** {@code Authorization: Basic …} for a user. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request. {@code target} is the request target as sent (not encoded further); {@code headers} are
     * whole header lines without the line end; the body may be empty.
     */
    public Answer send(String method, String target, Iterable<String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
            request.writeBytes(
                    ("Host: localhost:" + port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.UTF_8));
            for (String header : headers) {
                request.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body.length > 0) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            request.writeBytes(body);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it read everything (a request too large): read its answer
            }
            return read(socket.getInputStream(), method.equals("HEAD"));
        }
    }

    public Answer get(String target, String... headers) throws IOException {
        return send("GET", target, List.of(headers), new byte[0]);
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("Not an HTTP answer: " + text.substring(0, Math.min(200, text.length())));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] rest = Arrays.copyOfRange(all, end + 4, all.length);
        String body = head ? "" : new String(dechunked(rest, headers), StandardCharsets.UTF_8);
        return new Answer(status, headers, body);
    }

    private static byte[] dechunked(byte[] body, Map<String, String> headers) {
        if (!"chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
