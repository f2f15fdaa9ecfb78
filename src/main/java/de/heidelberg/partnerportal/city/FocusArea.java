package de.heidelberg.partnerportal.city;

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
import java.util.List;

/** A group of the cooperation's focus areas with a city, e.g. "youth exchange" with its items. */
@Entity
@Table(name = "focus_area")
class FocusArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    TranslatedText getTitle() {
        return title;
    }

    List<TranslatedText> getItems() {
        return items;
    }
}
