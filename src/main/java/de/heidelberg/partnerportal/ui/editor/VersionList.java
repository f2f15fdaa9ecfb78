package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.heidelberg.partnerportal.content.ContentChanges;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An item's saved versions, newest first: who, when, which fields changed and how (per language for
 * texts); each version can be taken back into the editor's form.
 */
class VersionList<F> extends Details {

    private static final int SHOWN_LENGTH = 300;

    /**
     * @param versions newest first
     * @param values a form's fields, as readers of the list should see them
     * @param takeBack puts a version's form into the editor
     */
    VersionList(
            List<ContentHistory.Version<F>> versions,
            Function<F, Map<FieldKey, @Nullable Object>> values,
            Consumer<F> takeBack) {
        addClassName("edit-history");
        setSummaryText(getTranslation("edit.history.title", versions.size()));
        List<Div> entries = new ArrayList<>();
        // oldest first, to compare each version with the one before it
        Map<FieldKey, @Nullable Object> older = null;
        for (ContentHistory.Version<F> version : versions.reversed()) {
            Map<FieldKey, @Nullable Object> current = version.form().map(values).orElse(Map.of());
            Div entry = new Div();
            entry.addClassName("edit-revision");
            entry.add(new Span(getTranslation(
                    "edit.history.entry",
                    LocalizedFormats.dateTime(version.revision().changedAt(), this),
                    version.revision().changedBy())));
            if (version.revision().action() == ContentChanges.Action.SAVE
                    || version.revision().action() == ContentChanges.Action.PROPOSE) {
                entry.add(changes(older, current));
            } else {
                entry.add(new Span(" · "
                        + getTranslation("edit.history.action."
                                + version.revision().action().name())));
            }
            version.form().ifPresent(form -> {
                Button restore = new Button(getTranslation("edit.history.restore"), click -> takeBack.accept(form));
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                restore.addClassName("restore");
                entry.add(restore);
            });
            entries.addFirst(entry);
            older = current;
        }
        entries.forEach(this::add);
    }

    /** What changed from one version to the next; "first saved version" for the oldest. */
    private Component changes(@Nullable Map<FieldKey, @Nullable Object> before, Map<FieldKey, @Nullable Object> after) {
        UnorderedList list = new UnorderedList();
        list.addClassName("edit-changes");
        if (before == null) {
            list.add(new ListItem(getTranslation("edit.history.created")));
            return list;
        }
        FieldValues.changed(before, after).forEach(field -> {
            Object value = after.get(field);
            Object old = before.get(field);
            ListItem item = new ListItem(new Span(field.name(this::getTranslation)));
            if (value instanceof TextEdit || old instanceof TextEdit) {
                TextEdit newText = value instanceof TextEdit text ? text : TextEdit.EMPTY;
                TextEdit oldText = old instanceof TextEdit text ? text : TextEdit.EMPTY;
                Set<String> languages = new TreeSet<>(newText.texts().keySet());
                languages.addAll(oldText.texts().keySet());
                for (String language : languages) {
                    if (!oldText.text(language)
                            .strip()
                            .equals(newText.text(language).strip())) {
                        Div change = new Div(
                                new Span(language.toUpperCase(Locale.ROOT) + ": "),
                                part("edit-old", oldText.text(language)),
                                new Span(" → "),
                                part("edit-new", newText.text(language)));
                        change.addClassName("edit-change");
                        item.add(change);
                    }
                }
            } else {
                item.add(
                        new Span(": "),
                        part(
                                "edit-old",
                                Optional.ofNullable(old).map(String::valueOf).orElse("")),
                        new Span(" → "),
                        part(
                                "edit-new",
                                Optional.ofNullable(value).map(String::valueOf).orElse("")));
            }
            list.add(item);
        });
        return list;
    }

    private static Span part(String className, String text) {
        String shown =
                text.isBlank() ? "–" : text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
        Span part = new Span(shown);
        part.addClassName(className);
        return part;
    }
}
