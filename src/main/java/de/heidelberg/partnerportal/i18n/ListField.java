package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A list of entries an editor adds to and removes from, each shown by its own row of inputs (a city's
 * focus areas, a network's roles). A translator types into their languages of the entries there are
 * and cannot add or remove entries.
 *
 * @param <T> one entry as the form holds it
 */
public class ListField<T> extends CustomField<List<T>> implements TranslatableInput {

    /** The inputs of one entry. */
    public interface Row<T> {

        /** The row's inputs, laid out. */
        Component inputs();

        /** The entry as typed. */
        T value();

        /** Only these languages' texts can be typed; everything else is read-only. */
        void setEditableLanguages(Set<String> editable);
    }

    /** Makes the row of an entry at a place in the list; {@code changed} is called whenever its inputs change from the browser. */
    @FunctionalInterface
    public interface RowFactory<T> {
        Row<T> row(T entry, int index, Runnable changed);
    }

    private record Shown<T>(Div box, Row<T> row, Button remove) {}

    private final RowFactory<T> rows;
    private final Supplier<T> empty;
    private final List<Shown<T>> shown = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private final String removeLabel;
    private @Nullable Set<String> editable;

    /**
     * @param addLabel the add button's text
     * @param removeLabel each remove button's text
     */
    public ListField(String label, String addLabel, String removeLabel, Supplier<T> empty, RowFactory<T> rows) {
        this.rows = rows;
        this.empty = empty;
        setLabel(label);
        addClassName("list-field");
        list.addClassName("list-entries");
        this.removeLabel = removeLabel;
        this.add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            addRow(this.empty.get());
            updateValue();
        });
        add.addClassName("add-entry");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    @Override
    protected List<T> generateModelValue() {
        return shown.stream().map(entry -> entry.row().value()).toList();
    }

    @Override
    protected void setPresentationValue(@Nullable List<T> value) {
        shown.clear();
        list.removeAll();
        (value == null ? List.<T>of() : value).forEach(this::addRow);
    }

    private void addRow(T entry) {
        Row<T> row = rows.row(entry, shown.size(), this::updateValue);
        Div box = new Div(row.inputs());
        box.addClassName("list-entry");
        Button remove = new Button(removeLabel, VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-entry");
        Shown<T> entryShown = new Shown<>(box, row, remove);
        remove.addClickListener(click -> {
            shown.remove(entryShown);
            list.remove(box);
            updateValue();
        });
        box.add(remove);
        if (editable != null) {
            row.setEditableLanguages(editable);
            remove.setVisible(false);
        }
        shown.add(entryShown);
        list.add(box);
    }

    @Override
    public void setEditableLanguages(Set<String> editable) {
        this.editable = Set.copyOf(editable);
        add.setVisible(false);
        shown.forEach(entry -> {
            entry.row().setEditableLanguages(editable);
            entry.remove().setVisible(false);
        });
    }
}
