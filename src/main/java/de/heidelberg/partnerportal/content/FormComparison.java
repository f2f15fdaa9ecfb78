package de.heidelberg.partnerportal.content;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two editor forms as the history stores them (JSON), leaving out what a save may differ in
 * anyway: the version it was loaded at, the stored translation states and the texts of some
 * languages. Generic on purpose: a section's new field is compared without anyone remembering to.
 */
final class FormComparison {

    private FormComparison() {}

    /** Whether the forms are the same but for the texts in these languages. */
    static boolean sameExcept(ContentForm stored, ContentForm edited, Set<String> languages) {
        return comparable(stored, languages).equals(comparable(edited, languages));
    }

    private static JsonNode comparable(ContentForm form, Set<String> languages) {
        ObjectNode tree = FormJson.MAPPER.valueToTree(form);
        tree.remove("version");
        tree.remove("states");
        withoutTexts(tree, languages);
        return tree;
    }

    /** Texts (objects with "texts" per language) lose these languages and blank texts, the rest are trimmed as stored. */
    private static void withoutTexts(JsonNode node, Set<String> languages) {
        if (node instanceof ObjectNode object) {
            if (object.get("texts") instanceof ObjectNode texts) {
                languages.forEach(texts::remove);
                for (String language : texts.propertyNames().stream().toList()) {
                    String text = texts.get(language).asString("").strip();
                    if (text.isEmpty()) {
                        texts.remove(language);
                    } else {
                        texts.put(language, text);
                    }
                }
                object.remove("minorChange");
                object.remove("blank");
            }
            object.values().forEach(child -> withoutTexts(child, languages));
        } else if (node != null && node.isArray()) {
            node.values().forEach(child -> withoutTexts(child, languages));
        }
    }
}
