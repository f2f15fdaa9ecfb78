package de.heidelberg.partnerportal.translation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.TranslationWork;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.translation.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * For editors and translators: per language, every item with texts still to translate (missing) or
 * to bring up to date with a changed German text (outdated), each linked to its editor.
 */
@Route("translations")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
@Menu(title = "nav.translations", order = 82, icon = "vaadin:globe-wire")
public class TranslationDashboardView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private final List<TranslationWork.Gap> gaps;
    private final Grid<TranslationWork.Gap> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public TranslationDashboardView(Translations translations, Readers readers, SupportedLanguages languages) {
        addClassNames("page", "translation-dashboard");
        gaps = translations.gaps(readers.current(getLocale()));
        Set<String> mine = CurrentUser.translationLanguages(languages);
        List<String> targets = languages.all().stream()
                .map(Locale::getLanguage)
                .filter(language -> !language.equals(languages.source().getLanguage()) && mine.contains(language))
                .toList();
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("translations.language"));
        language.setItems(targets);
        language.setItemLabelGenerator(tag -> SupportedLanguages.displayName(tag, getLocale()));
        language.addClassName("translation-language-select");

        grid.addColumn(gap -> getTranslation("index.type." + gap.type().name()))
                .setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(gap -> new Anchor(gap.type().editPath(gap.slug()), gap.title()))
                .setHeader(getTranslation("trash.title"))
                .setFlexGrow(1);
        grid.addColumn(gap -> fields(gap.missing().get(language.getValue())))
                .setHeader(getTranslation("edit.translation.missing"))
                .setFlexGrow(1);
        grid.addColumn(gap -> fields(gap.outdated().get(language.getValue())))
                .setHeader(getTranslation("edit.translation.outdated"))
                .setFlexGrow(1);
        grid.addClassName("translation-grid");
        language.addValueChangeListener(change -> show(change.getValue()));
        add(
                new H1(getTranslation("nav.translations")),
                new Paragraph(getTranslation("translations.hint")),
                language,
                summary,
                grid);
        String own = getLocale().getLanguage();
        language.setValue(targets.contains(own) ? own : targets.isEmpty() ? null : targets.getFirst());
    }

    private void show(@Nullable String language) {
        List<TranslationWork.Gap> open = gaps.stream()
                .filter(gap ->
                        gap.missing().containsKey(language) || gap.outdated().containsKey(language))
                .toList();
        long missing = open.stream()
                .mapToLong(
                        gap -> gap.missing().getOrDefault(language, List.of()).size())
                .sum();
        long outdated = open.stream()
                .mapToLong(
                        gap -> gap.outdated().getOrDefault(language, List.of()).size())
                .sum();
        summary.setText(
                open.isEmpty()
                        ? getTranslation("translations.done")
                        : getTranslation("translations.summary", open.size(), missing, outdated));
        grid.setItems(open);
        grid.setVisible(!open.isEmpty());
    }

    private String fields(@Nullable List<FieldKey> keys) {
        return keys == null
                ? ""
                : keys.stream()
                        .map(key -> key.name(this::getTranslation))
                        .distinct()
                        .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.translations") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.translations"), null));
    }
}
