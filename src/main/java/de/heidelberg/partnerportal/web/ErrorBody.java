package de.heidelberg.partnerportal.web;

/** An error answer as it goes out: its content type (with charset) and its text. */
record ErrorBody(String contentType, String text) {}
