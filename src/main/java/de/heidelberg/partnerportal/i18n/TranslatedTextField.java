package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One translated field for editors: the source text beside its translations, each marked missing,
 * outdated or up to date. When the source text changes, the editor may call it a minor change so
 * the translations stay valid. Long texts are Markdown with a live preview rendered as readers see it.
 */
public class TranslatedTextField extends CustomField<TextEdit> implements TranslatableInput {

    /** How readers get the text, and so how it is typed. */
    public enum Kind {
        /** A name or title. */
        LINE,
        /** A few plain sentences (a teaser). */
        PLAIN_TEXT,
        /** A long text in Markdown, previewed as readers see it. */
        MARKDOWN
    }

    private static final int PREVIEW_DELAY_MILLIS = 300;

    private final String source;
    private final Map<String, AbstractField<?, String>> inputs = new LinkedHashMap<>();
    private final Map<String, Span> badges = new LinkedHashMap<>();
    private final Map<String, Span> names = new LinkedHashMap<>();
    private final Map<String, Div> previews = new LinkedHashMap<>();
    private final Checkbox minorChange = new Checkbox();
    private Map<String, TranslationState> states = Map.of();
    private Map<String, String> loaded = Map.of();
    /** Translations set now that stay outdated (taken back from a version where they were). */
    private Set<String> keptOutdated = Set.of();

    /**
     * @param label the field's name
     * @param languages the content languages, the source first
     * @param maxLength the longest text the database keeps
     * @param kind one line, a plain multi-line text, or Markdown (with a preview)
     */
    public TranslatedTextField(String label, List<Locale> languages, int maxLength, Kind kind) {
        this.source = languages.getFirst().getLanguage();
        setLabel(label);
        addClassName("translated-field");
        Div columns = new Div();
        columns.addClassName("translated-columns");
        for (Locale language : languages) {
            String tag = language.getLanguage();
            AbstractField<?, String> input = kind == Kind.LINE ? textField(maxLength) : textArea(maxLength);
            Span badge = new Span();
            badge.addClassName("translation-state");
            Span name = new Span();
            name.addClassName("translation-language");
            Div header = new Div(name, badge);
            header.addClassName("translation-header");
            Div column = new Div(header, input);
            column.addClassName("translated-column");
            column.getElement().setAttribute("data-language", tag);
            input.getElement().setAttribute("lang", tag);
            if (kind == Kind.MARKDOWN) {
                Div preview = new Div();
                preview.addClassName("markdown-preview");
                preview.getElement().setAttribute("lang", tag);
                // it scrolls when long: focusable, so that it can be scrolled with the keyboard, and named
                preview.getElement().setAttribute("tabindex", "0");
                preview.getElement().setAttribute("role", "region");
                previews.put(tag, preview);
                input.addValueChangeListener(change -> showPreview(preview, change.getValue()));
                // live while typing; the value itself is taken when the text area loses focus, so that a
                // click on Save right after typing never loses the last words
                input.getElement()
                        .addEventListener(
                                "input",
                                event -> showPreview(
                                        preview,
                                        event.getEventData()
                                                .get("element.value")
                                                .asString()))
                        .addEventData("element.value")
                        .debounce(PREVIEW_DELAY_MILLIS);
                column.add(preview);
            }
            input.addValueChangeListener(change -> {
                if (change.isFromClient() && keptOutdated.contains(tag)) {
                    // typed anew: a translation of the source as it stands
                    keptOutdated = keptOutdated.stream()
                            .filter(other -> !other.equals(tag))
                            .collect(Collectors.toSet());
                }
                refreshMinorChange();
                if (change.isFromClient()) {
                    updateValue();
                }
            });
            inputs.put(tag, input);
            badges.put(tag, badge);
            names.put(tag, name);
            columns.add(column);
        }
        minorChange.addClassName("minor-change");
        minorChange.setVisible(false);
        minorChange.addValueChangeListener(change -> {
            showStates();
            updateValue();
        });
        add(columns, minorChange);
        labelLanguages();
    }

    /**
     * Only these languages can be typed in (a translator's); the others are shown read-only, and
     * the source text cannot change, so there is no minor change to confirm.
     */
    @Override
    public void setEditableLanguages(Set<String> editable) {
        inputs.forEach((language, input) -> input.setReadOnly(!editable.contains(language)));
    }

    /**
     * Keeps these translations outdated although they are set now: an earlier version was taken back
     * in which they were outdated already. Typing into one of them makes it up to date again.
     */
    public void keepOutdated(Set<String> languages) {
        keptOutdated =
                languages.stream().filter(language -> !language.equals(source)).collect(Collectors.toSet());
        showStates();
        updateValue();
    }

    /** The state of each language as stored, shown beside each text. */
    public void setStates(Map<String, TranslationState> states) {
        this.states = Map.copyOf(states);
        showStates();
    }

    @Override
    protected TextEdit generateModelValue() {
        Map<String, String> texts = new LinkedHashMap<>();
        inputs.forEach((language, input) -> texts.put(language, input.getValue()));
        return new TextEdit(texts, minorChange.isVisible() && minorChange.getValue(), keptOutdated);
    }

    @Override
    protected void setPresentationValue(@Nullable TextEdit value) {
        TextEdit edit = value == null ? TextEdit.EMPTY : value;
        inputs.forEach((language, input) -> input.setValue(edit.text(language)));
        loaded = Map.copyOf(edit.texts());
        keptOutdated = edit.outdated();
        minorChange.setValue(false);
        refreshMinorChange();
    }

    private boolean changed(String language) {
        return !inputs.get(language)
                .getValue()
                .strip()
                .equals(loaded.getOrDefault(language, "").strip());
    }

    private void refreshMinorChange() {
        boolean anyTranslation = inputs.entrySet().stream()
                .anyMatch(entry -> !entry.getKey().equals(source)
                        && !entry.getValue().getValue().isBlank());
        minorChange.setVisible(
                changed(source) && !loaded.getOrDefault(source, "").isBlank() && anyTranslation);
        showStates();
    }

    /**
     * What each language will be once saved: missing when empty, up to date when typed now (it is made
     * from the source as it stands), else as stored, outdated if the source changes for real.
     */
    private void showStates() {
        boolean sourceChanged = changed(source) && !minorChange.getValue();
        badges.forEach((language, badge) -> {
            if (language.equals(source)) {
                badge.setText(getTranslation("edit.translation.source"));
                badge.getElement().setAttribute("data-state", "source");
                return;
            }
            TranslationState state = states.getOrDefault(language, TranslationState.MISSING);
            if (inputs.get(language).getValue().isBlank()) {
                state = TranslationState.MISSING;
            } else if (keptOutdated.contains(language)) {
                state = TranslationState.OUTDATED;
            } else if (changed(language)) {
                state = TranslationState.CURRENT;
            } else if (sourceChanged && state == TranslationState.CURRENT) {
                state = TranslationState.OUTDATED;
            }
            badge.setText(getTranslation("edit.translation." + state.name().toLowerCase(Locale.ROOT)));
            badge.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        });
    }

    private void labelLanguages() {
        Locale ui = getLocale() == null ? Locale.GERMAN : getLocale();
        inputs.forEach((language, input) -> {
            String name = SupportedLanguages.displayName(language, ui);
            names.get(language).setText(name);
            // the field's own accessible name, which the text field gives its <input> (an aria-label on the
            // component's host element would name nothing)
            ((HasAriaLabel) input).setAriaLabel(getLabel() + " – " + name);
            Div preview = previews.get(language);
            if (preview != null) {
                preview.getElement()
                        .setAttribute("aria-label", getTranslation("edit.preview", getLabel() + " – " + name));
            }
        });
        minorChange.setLabel(getTranslation("edit.translation.minor-change"));
        showStates();
    }

    private static void showPreview(Div preview, String markdown) {
        preview.removeAll();
        if (markdown != null && !markdown.isBlank()) {
            preview.add(new Html("<div class=\"markdown\">" + SafeMarkdown.toHtml(markdown) + "</div>"));
        }
    }

    private static TextField textField(int maxLength) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
        return field;
    }

    private static TextArea textArea(int maxLength) {
        TextArea area = new TextArea();
        area.setMaxLength(maxLength);
        area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        area.setWidthFull();
        area.addClassName("long-text-input");
        return area;
    }
}
