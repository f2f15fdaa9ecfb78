package de.heidelberg.partnerportal.ui.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** A list page's filter: a choice among items with an empty entry "all …", telling the page when it changes. */
public final class FilterChoice {

    private FilterChoice() {}

    /**
     * Fills {@code select} with its label, the items named by {@code label} and the empty entry named by
     * {@code allKey}; {@code changed} runs on every change.
     */
    public static <T> Select<T> of(
            Select<T> select,
            Component page,
            String labelKey,
            String allKey,
            List<T> items,
            Function<T, String> label,
            Runnable changed) {
        select.setLabel(page.getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(page.getTranslation(allKey));
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? page.getTranslation(allKey) : label.apply(item));
        select.addValueChangeListener(change -> changed.run());
        return select;
    }
}
