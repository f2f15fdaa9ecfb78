package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A group of the cooperation's focus areas with a city, e.g. "youth exchange" with its items. */
@Entity
@Table(name = "focus_area")
class FocusArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "title_id")
    private TranslatedText title;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinTable(
            name = "focus_area_item",
            joinColumns = @JoinColumn(name = "focus_area_id"),
            inverseJoinColumns = @JoinColumn(name = "text_id"))
    @OrderColumn(name = "position")
    private List<TranslatedText> items = new ArrayList<>();

    protected FocusArea() {}

    FocusArea(TranslatedText title, List<TranslatedText> items) {
        this.title = title;
        this.items = new ArrayList<>(items);
    }

    /**
     * Takes over the items as an editor typed them, one per line in every language: line n of each
     * language is item n. Items beyond the German lines are removed; the form has been checked.
     */
    void applyItems(TextEdit edit, String sourceLanguage) {
        Map<String, List<String>> lines = new HashMap<>();
        edit.texts().forEach((language, text) -> lines.put(language, FocusAreaLines.of(text)));
        int count = lines.getOrDefault(sourceLanguage, List.of()).size();
        for (int index = 0; index < count; index++) {
            Map<String, String> texts = new HashMap<>();
            for (Map.Entry<String, List<String>> language : lines.entrySet()) {
                List<String> typed = language.getValue();
                texts.put(language.getKey(), index < typed.size() ? typed.get(index) : "");
            }
            TextEdit item = new TextEdit(texts, edit.minorChange());
            if (index < items.size()) {
                items.get(index).edit(sourceLanguage, item);
            } else {
                items.add(TranslatedText.of(sourceLanguage, item));
            }
        }
        while (items.size() > count) {
            items.removeLast();
        }
    }

    TranslatedText getTitle() {
        return title;
    }

    List<TranslatedText> getItems() {
        return items;
    }
}
