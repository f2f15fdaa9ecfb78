package de.heidelberg.partnerportal.news;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.news.ui.NewsEditView;
import de.heidelberg.partnerportal.news.ui.NewsItemView;
import de.heidelberg.partnerportal.translation.Translations;
import de.heidelberg.partnerportal.translation.ui.TranslationDashboardView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A translator for French (the demo account "translator", a colleague in Montpellier who reads as a
 * partner) changes French texts and nothing else, whatever request reaches the service.
 */
@PortalTest
class TranslatorTest extends SpringBrowserlessTest {

    private static final String SLUG = "zu-uebersetzen";

    @Autowired
    NewsService news;

    @Autowired
    NewsRepository repository;

    @Autowired
    Translations translations;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void anItemWithoutFrench() {
        transactions.executeWithoutResult(status -> {
            NewsItem item = new NewsItem(
                    new NewNews(
                            SLUG,
                            LocalDate.of(2026, 11, 20),
                            2026,
                            Map.of("de", "Weihnachtsmarkt in Montpellier", "en", "Christmas market in Montpellier"),
                            Map.of("de", "Heidelberg ist dabei."),
                            Map.of("de", "Mit Glühwein."),
                            null,
                            null,
                            Set.of(),
                            Set.of(),
                            true),
                    "de");
            item.setInternalNote(
                    de.heidelberg.partnerportal.i18n.TranslatedText.of("de", Map.of("de", "Budget 500 Euro")));
            repository.save(item);
        });
    }

    @AfterEach
    void removeIt() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorAddsTheFrenchTitleThatFrenchReadersThenGet() {
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        assertThat(edit.getInternalNote().isBlank()).isTrue();
        assertThat(edit.getStates()).doesNotContainKey(ContentForm.INTERNAL_NOTE.key());
        edit.setTitle(with(edit.getTitle(), "fr", "Marché de Noël à Montpellier"));
        news.save(edit);

        assertThat(news.findBySlug(SLUG, readers.current(Locale.FRENCH))
                        .orElseThrow()
                        .summary()
                        .title()
                        .text())
                .isEqualTo("Marché de Noël à Montpellier");
        transactions.executeWithoutResult(status -> {
            NewsItem stored = repository.findBySlug(SLUG).orElseThrow();
            assertThat(stored.getInternalNote().text("de")).contains("Budget 500 Euro");
            assertThat(stored.getTitle().state("fr", "de")).isEqualTo(TranslationState.CURRENT);
            assertThat(stored.getChangedBy()).isEqualTo("translator");
        });
    }

    @Test
    @WithUserDetails("translator")
    void anyChangeBeyondTheTranslatorsLanguagesIsRefusedAndNothingIsSaved() {
        NewsEdit english = news.edit(SLUG).orElseThrow();
        english.setTitle(with(english.getTitle(), "en", "Xmas market"));
        assertRefused(english);

        NewsEdit german = news.edit(SLUG).orElseThrow();
        german.setTeaser(with(german.getTeaser(), "de", "Heidelberg ist nicht dabei."));
        assertRefused(german);

        NewsEdit unpublished = news.edit(SLUG).orElseThrow();
        unpublished.setPublished(false);
        unpublished.setTitle(with(unpublished.getTitle(), "fr", "Marché de Noël"));
        assertRefused(unpublished);

        NewsEdit moved = news.edit(SLUG).orElseThrow();
        moved.setDate(LocalDate.of(2020, 1, 1));
        assertRefused(moved);

        transactions.executeWithoutResult(status -> {
            NewsItem stored = repository.findBySlug(SLUG).orElseThrow();
            assertThat(stored.getTitle().text("en")).contains("Christmas market in Montpellier");
            assertThat(stored.getTitle().text("fr")).isEmpty();
            assertThat(stored.isPublished()).isTrue();
            assertThat(stored.getInternalNote().text("de")).contains("Budget 500 Euro");
        });
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorCannotCreateDeleteOrRestore() {
        assertThatThrownBy(() -> news.newItem()).isInstanceOf(AccessDeniedException.class);
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        assertThatThrownBy(() -> news.trash(edit.getId(), edit.getVersion())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> news.restore(edit.getId())).isInstanceOf(AccessDeniedException.class);
        NewsEdit brandNew = new NewsEdit();
        brandNew.setSlug("von-der-uebersetzerin");
        brandNew.setTitle(new TextEdit(Map.of("de", "Neu"), false));
        assertThatThrownBy(() -> news.save(brandNew))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("edit.error.translator-only");
    }

    @Test
    @WithUserDetails("translator")
    void theTranslatorSeesOnlyFrenchWorkAndOnlyFrenchInputsAreOpen() {
        assertThat(translations.gaps(readers.current(Locale.FRENCH)))
                .filteredOn(gap -> gap.slug().equals(SLUG))
                .singleElement()
                .satisfies(gap -> {
                    assertThat(gap.missing()).containsOnlyKeys("fr");
                    assertThat(gap.missing().get("fr")).doesNotContain(ContentForm.INTERNAL_NOTE);
                });
        TranslationDashboardView dashboard = navigateWithLanguage("translations", "fr", TranslationDashboardView.class);
        assertThat(dashboard).isNotNull();

        NewsItemView page = navigateWithLanguage("news/" + SLUG, "fr", NewsItemView.class);
        assertThat($(Anchor.class, page).withClassName("edit-action").single().getText())
                .isEqualTo("Traduire");

        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "fr", NewsEditView.class);
        TranslatedTextField title =
                $(TranslatedTextField.class, editor).withLabel("Titre").single();
        assertThat($(TextField.class, title)
                        .withAttribute("lang", "de")
                        .single()
                        .isReadOnly())
                .isTrue();
        assertThat($(TextField.class, title)
                        .withAttribute("lang", "en")
                        .single()
                        .isReadOnly())
                .isTrue();
        assertThat($(TextField.class, title)
                        .withAttribute("lang", "fr")
                        .single()
                        .isReadOnly())
                .isFalse();
        assertThat($(DatePicker.class, editor).withLabel("Date").single().isReadOnly())
                .isTrue();
        assertThat($(TranslatedTextField.class, editor)
                        .withLabel("Note interne")
                        .exists())
                .isFalse();
        assertThat($(Button.class, editor).withClassName("trash").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, editor)
                        .withClassName("translator-hint")
                        .single()
                        .getText())
                .isEqualTo("Vous traduisez en : Français. Tout le reste est en lecture seule.");

        test($(TextField.class, title).withAttribute("lang", "fr").single()).setValue("Marché de Noël à Montpellier");
        TranslatedTextField body =
                $(TranslatedTextField.class, editor).withLabel("Texte").single();
        test($(TextArea.class, body).withAttribute("lang", "fr").single()).setValue("Avec du vin chaud.");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(TranslationDashboardView.class);
        assertThat(news.findBySlug(SLUG, readers.current(Locale.FRENCH))
                        .orElseThrow()
                        .body()
                        .text())
                .isEqualTo("Avec du vin chaud.");
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerWhoIsNoTranslatorCannotEvenOpenTheForm() {
        assertThatThrownBy(() -> news.edit(SLUG)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> translations.gaps(readers.current(Locale.FRENCH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(NewsEdit edit) {
        assertThatThrownBy(() -> news.save(edit))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("edit.error.translator-scope");
    }

    private static TextEdit with(TextEdit edit, String language, String text) {
        Map<String, String> texts = new HashMap<>(edit.texts());
        texts.put(language, text);
        return new TextEdit(texts, false);
    }
}
