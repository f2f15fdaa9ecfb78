package de.heidelberg.partnerportal.content;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A field of a content form, named by the translation key of its name. The form, the service's checks,
 * the editor, the versions, the translation states and the translation dashboard all name a field by
 * one of these constants, so that a typo does not compile. A field repeated in a list carries its place
 * after a {@code #} ({@code cities.field.focus-title#1} is "Schwerpunkt 2"), a line within it after a dot.
 *
 * @param key the translation key of the field's name; also how stored versions and states name it
 */
public record FieldKey(String key) {

    /** This field in a repeated part of the form (its place counted from 0), e.g. the second focus area's title. */
    public FieldKey at(int... places) {
        return new FieldKey(
                key + "#" + Arrays.stream(places).mapToObj(String::valueOf).collect(Collectors.joining(".")));
    }

    /** The translation key of the field's help text. */
    public String helpKey() {
        return label() + ".help";
    }

    /** The translation key of the field's name, without its place. */
    public String label() {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    /** The field's name as editors read it: "Schwerpunkt 2" for the second of a list. */
    public String name(UnaryOperator<String> translate) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return translate.apply(key);
        }
        String place = key.substring(hash + 1);
        int dot = place.indexOf('.');
        try {
            int number = Integer.parseInt(dot < 0 ? place : place.substring(0, dot)) + 1;
            return translate.apply(label()) + " " + number;
        } catch (NumberFormatException notAPlace) {
            return translate.apply(label());
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
