package de.heidelberg.partnerportal.search;

/**
 * One result: the item's kind (as the API names it: partner-city, network, contact, news, programme),
 * slug, title and snippet in {@code language} (the reader's where it exists, else the source), and
 * the page address.
 */
public record SearchHit(String type, String id, String title, String snippet, String url, String language) {}
