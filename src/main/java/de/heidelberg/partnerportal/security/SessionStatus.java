package de.heidelberg.partnerportal.security;

/** Whether a user may still hold a session, and the stamp that sessions must carry. */
record SessionStatus(boolean enabled, int securityStamp) {}
