package de.heidelberg.partnerportal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generated hostile input for the fuzz test, from one seeded {@link Random} (the same seed gives the same
 * inputs): query syntax, unbalanced quotes and brackets, long strings, control characters, invalid UTF-8
 * percent escapes, right-to-left and combining characters, script and SQL payloads, path traversal, huge and
 * negative numbers.
 */
final class HostileInput {

    private static final List<String> LUCENE = List.of(
            "title_de:Cambridge",
            "a AND (b OR",
            "\"unclosed",
            "[a TO",
            "{a TO b}",
            "heidelberg~",
            "heidelberg~2",
            "*",
            "?",
            "a*b*c*d*",
            "\\",
            "+-&&||!(){}[]^\"~*?:\\/",
            "/reg.*ex/",
            "Cambridge^100",
            "\"Goldene Buch\"~1000000",
            "-",
            "+++",
            "NOT",
            "( ( ( ( ( ( ( (",
            ") ) ) )",
            "*:*",
            "_id:1",
            "a|b",
            "\"\"\"",
            "montpellier~~~~",
            "a* b* c* d* e* f* g* h* i* j*");
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "<svg/onload=alert(1)>",
            "{{7*7}}",
            "${7*7}",
            "#{7*7}",
            "<!--",
            "]]>",
            "&lt;&#x3C;&#60",
            "' OR '1'='1",
            "'; DROP TABLE app_user;--",
            "1 UNION SELECT password_hash FROM app_user",
            "\" OR \"\"=\"",
            "%' AND 1=1 --",
            "admin'--",
            "${jndi:ldap://127.0.0.1/x}",
            "(|(uid=*))",
            "*)(uid=*))(|(uid=*",
            "\\u0000",
            "%s%s%s%n",
            "{0}{1}{99}");
    private static final List<String> TRAVERSAL = List.of(
            "../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2f",
            "..\\..\\windows\\win.ini",
            "./././",
            "//",
            ";jsessionid=x",
            "..;/admin",
            "%2F",
            "%5C",
            "WEB-INF/web.xml",
            "META-INF/MANIFEST.MF",
            "VAADIN/../../application.properties",
            "%00",
            "%252e%252e%252f");
    private static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "-9223372036854775809",
            "99999999999999999999999999999",
            "1e309",
            "-0",
            "NaN",
            "Infinity",
            "0x10",
            "1.5",
            "01",
            " 5 ",
            "5%00",
            "١٢٣");
    private static final List<String> UNICODE = List.of(
            "\u202Eevil\u202C",
            "\u200F\u200E\u200B\u2060",
            "עברית",
            "العربية",
            "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
            "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f",
            "\uFEFF",
            "\uD83D\uDE00\uD83C\uDDE9\uD83C\uDDEA",
            "\uD800",
            "\uDFFF",
            "\uFFFF\uFFFE",
            "Łużniak",
            "ǅ ß ẞ İ ı",
            "ｆｕｌｌｗｉｄｔｈ",
            "\u0000",
            "\t\r\n",
            "\u001b[31m",
            "\u007f\u0085\u2028\u2029");
    /** Percent escapes that are no valid UTF-8, or no escapes at all: for raw addresses. */
    static final List<String> BAD_ESCAPES = List.of(
            "%FF", "%C3", "%E2%82", "%ED%A0%80", "%C0%AF", "%", "%G1", "%%", "%F4%90%80%80", "%80", "%fe%ff", "%u0041");

    private final Random random;

    HostileInput(Random random) {
        this.random = random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A hostile text of any kind, sometimes a harmless word, sometimes several kinds joined. */
    String text() {
        String text = one();
        while (chance(20)) {
            text = text + pick(List.of(" ", "", "&", "/", "\"")) + one();
        }
        return text;
    }

    private String one() {
        return switch (random.nextInt(11)) {
            case 0, 1 -> pick(LUCENE);
            case 2, 3 -> pick(PAYLOADS);
            case 4 -> pick(TRAVERSAL);
            case 5 -> pick(NUMBERS);
            case 6, 7 -> pick(UNICODE);
            case 8 -> random.nextInt(20) == 0 ? "x".repeat(100_000) : "Heidelberg ".repeat(1 + random.nextInt(60));
            case 9 -> randomChars(1 + random.nextInt(40));
            default -> pick(List.of("Cambridge", "Montpellier", "Kumamto", "", " ", "Partnerstadt", "news", "de"));
        };
    }

    /** A number, hostile or not. */
    String number() {
        return chance(70) ? pick(NUMBERS) : String.valueOf(random.nextLong() >> random.nextInt(64));
    }

    /** Random characters from the whole range, control characters and unpaired surrogates included. */
    private String randomChars(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 -> (char) random.nextInt(0x20);
                        case 1 -> (char) (0x20 + random.nextInt(0x5f));
                        case 2 -> (char) (0x80 + random.nextInt(0x780));
                        default -> (char) random.nextInt(0x10000);
                    });
        }
        return text.toString();
    }

    /**
     * A value for an address: mostly percent-encoded as a browser would, sometimes with an invalid escape, sometimes
     * as it is (which may make the request line itself malformed).
     */
    String inAddress(String value) {
        int how = random.nextInt(100);
        if (how < 75) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        if (how < 90) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8) + pick(BAD_ESCAPES);
        }
        return oneLine(value);
    }

    /** Line ends would end the request line or the header: they become spaces. */
    static String oneLine(String value) {
        return value.replace('\r', ' ').replace('\n', ' ');
    }
}
