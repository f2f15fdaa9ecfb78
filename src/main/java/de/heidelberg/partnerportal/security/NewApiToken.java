package de.heidelberg.partnerportal.security;

import java.time.LocalDate;

/**
 * What an administrator enters to create a token: a name that says which integration holds it, its role
 * (STAFF or PARTNER) and the day it stops working (at 0:00, Heidelberg time).
 */
public record NewApiToken(String name, Role role, LocalDate expiresOn) {

    /** The longest name, in characters. */
    public static final int NAME_MAX = 100;
}
