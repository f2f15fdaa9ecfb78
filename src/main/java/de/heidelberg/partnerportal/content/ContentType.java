package de.heidelberg.partnerportal.content;

/** The kinds of content, with the address of their pages. */
public enum ContentType {
    PARTNER_CITY("partner-cities"),
    NETWORK("networks"),
    CONTACT("contacts"),
    NEWS("news"),
    PROGRAMME("programmes"),
    /** The portal's own texts (the overview on the start page): a fixed set, not searched. */
    PAGE("pages", false, true, false),
    /** The visits register: the office's own record, for city staff only. */
    VISIT("visits", true, false, true),
    /** Gifts given and received: the office's own record, for city staff only. */
    GIFT("gifts", true, false, true);

    private final String path;
    private final boolean searchable;
    private final boolean fixed;
    private final boolean staffOnly;

    ContentType(String path) {
        this(path, true, false, false);
    }

    ContentType(String path, boolean searchable, boolean fixed, boolean staffOnly) {
        this.path = path;
        this.searchable = searchable;
        this.fixed = fixed;
        this.staffOnly = staffOnly;
    }

    /**
     * The office's own records: city staff see them (in lists, pages, search and the API), partner-city
     * colleagues never, published or not.
     */
    public boolean staffOnly() {
        return staffOnly;
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
