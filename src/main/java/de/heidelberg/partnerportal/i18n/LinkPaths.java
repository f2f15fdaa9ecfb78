package de.heidelberg.partnerportal.i18n;

import java.nio.charset.StandardCharsets;

/** Paths of the current address made fit for a link. */
public final class LinkPaths {

    /** Characters a path may hold as they are (RFC 3986), besides letters and digits; % begins an escape. */
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/%";

    private static final String HEX = "0123456789ABCDEF";

    private LinkPaths() {}

    /**
     * The path as a link may hold it: what a browser sends is already percent-encoded and stays, any other
     * character (a control character in a crafted navigation, a space) is percent-encoded. Vaadin's Anchor
     * refuses an address it cannot parse, which failed even the "not found" page of such a path.
     */
    public static String escaped(String path) {
        StringBuilder escaped = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || PATH_CHARS.indexOf(c) >= 0) {
                escaped.append(c);
            } else {
                escaped.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
        return escaped.toString();
    }
}
