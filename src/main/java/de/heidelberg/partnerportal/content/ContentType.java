package de.heidelberg.partnerportal.content;

/** The kinds of content, with the address of their pages. */
public enum ContentType {
    PARTNER_CITY("partner-cities"),
    NETWORK("networks"),
    CONTACT("contacts"),
    NEWS("news"),
    PROGRAMME("programmes");

    private final String path;

    ContentType(String path) {
        this.path = path;
    }

    /** The section's address, e.g. {@code /partner-cities}. */
    public String path() {
        return "/" + path;
    }

    /** The address of an item's editor, e.g. {@code /edit/news/some-item}; {@code new} for a new item. */
    public String editPath(String slug) {
        return "/edit/" + path + "/" + slug;
    }
}
