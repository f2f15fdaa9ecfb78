package de.heidelberg.partnerportal.content;

/** The kinds of content, with the address of their pages. */
public enum ContentType {
    PARTNER_CITY("partner-cities"),
    NETWORK("networks"),
    CONTACT("contacts"),
    NEWS("news"),
    PROGRAMME("programmes"),
    /** The portal's own texts (the overview on the start page): a fixed set, not searched. */
    PAGE("pages", false, true);

    private final String path;
    private final boolean searchable;
    private final boolean fixed;

    ContentType(String path) {
        this(path, true, false);
    }

    ContentType(String path, boolean searchable, boolean fixed) {
        this.path = path;
        this.searchable = searchable;
        this.fixed = fixed;
    }

    /** Whether items of this kind are in the search index. */
    public boolean searchable() {
        return searchable;
    }

    /**
     * A fixed set of items shown on other pages: edited, but never created or deleted in the browser,
     * and without a list page of their own.
     */
    public boolean fixed() {
        return fixed;
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
