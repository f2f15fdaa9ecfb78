package de.heidelberg.partnerportal.content;

/** The kinds of content, with the address of their pages. */
public enum ContentType {
    PARTNER_CITY("partner-cities"),
    NETWORK("networks"),
    CONTACT("contacts"),
    NEWS("news"),
    PROGRAMME("programmes"),
    /** The portal's own texts (the overview on the start page); not searched, never created or deleted. */
    PAGE("pages", false);

    private final String path;
    private final boolean searchable;

    ContentType(String path) {
        this(path, true);
    }

    ContentType(String path, boolean searchable) {
        this.path = path;
        this.searchable = searchable;
    }

    /** Whether items of this kind are in the search index. */
    public boolean searchable() {
        return searchable;
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
