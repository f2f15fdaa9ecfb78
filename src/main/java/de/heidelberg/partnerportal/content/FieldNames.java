package de.heidelberg.partnerportal.content;

import java.util.function.UnaryOperator;

/**
 * A field's name as editors read it, from its translation key; a field repeated in a list carries
 * its place after a {@code #} ({@code cities.field.focus-title#1} is "Schwerpunkt 2").
 */
public final class FieldNames {

    private FieldNames() {}

    public static String of(String key, UnaryOperator<String> translate) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return translate.apply(key);
        }
        String place = key.substring(hash + 1);
        int dot = place.indexOf('.');
        try {
            int number = Integer.parseInt(dot < 0 ? place : place.substring(0, dot)) + 1;
            return translate.apply(key.substring(0, hash)) + " " + number;
        } catch (NumberFormatException notAPlace) {
            return translate.apply(key.substring(0, hash));
        }
    }
}
