package de.heidelberg.partnerportal.news;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentChanges;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.content.TranslationWork;
import de.heidelberg.partnerportal.content.TrashCan;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.news.ui.NewsEditView;
import de.heidelberg.partnerportal.news.ui.NewsItemView;
import de.heidelberg.partnerportal.presence.EditMarks;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.translation.Translations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editors change news in the browser: translations beside the German text, validation that keeps
 * what was typed, no stale save overwriting someone else's, search true at once, and the role
 * checked in the service.
 */
@PortalTest
class NewsEditingTest extends SpringBrowserlessTest {

    private static final String SLUG = "redaktionstest";

    @Autowired
    NewsService news;

    @Autowired
    NewsRepository repository;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EditMarks marks;

    @Autowired
    ContentHistory history;

    @Autowired
    Translations translations;

    @BeforeEach
    void anItemToEdit() {
        transactions.executeWithoutResult(status -> repository.save(new NewsItem(
                new NewNews(
                        SLUG,
                        LocalDate.of(2026, 11, 2),
                        2026,
                        Map.of(
                                "de",
                                "Besuch aus Montpellier",
                                "en",
                                "Visit from Montpellier",
                                "fr",
                                "Visite de Montpellier"),
                        Map.of(
                                "de",
                                "Eine Delegation kam.",
                                "en",
                                "A delegation came.",
                                "fr",
                                "Une délégation est venue."),
                        Map.of("de", "Der ganze Bericht.", "en", "The whole report.", "fr", "Le rapport complet."),
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        true),
                "de")));
    }

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void removeTestItems() {
        transactions.executeWithoutResult(status -> {
            repository.findBySlug(SLUG).ifPresent(repository::delete);
            repository.findBySlug("neue-meldung-aus-dem-test").ifPresent(repository::delete);
        });
    }

    @Test
    @WithUserDetails("editor")
    void anEnglishTranslationChangedByAnEditorIsWhatReadersGetAndFind() {
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        edit.setTitle(with(edit.getTitle(), "en", "Carillon visitors from Montpellier", false));
        news.save(edit);

        var english = readers.current(Locale.ENGLISH);
        assertThat(news.findBySlug(SLUG, english)
                        .orElseThrow()
                        .summary()
                        .title()
                        .text())
                .isEqualTo("Carillon visitors from Montpellier");
        assertThat(news.edit(SLUG).orElseThrow().getStates().get("news.field.title"))
                .containsEntry("en", TranslationState.CURRENT);
        assertThat(search.search("Carillon", english, 10, Optional.empty()).hits())
                .extracting(hit -> hit.id())
                .contains(SLUG);
    }

    @Test
    @WithUserDetails("editor")
    void aChangedGermanTextMarksItsTranslationsOutdatedUnlessTheChangeIsMinor() {
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        edit.setTitle(with(edit.getTitle(), "de", "Besuch aus Montpellier, Heidelbergs Partnerstadt", false));
        edit.setTeaser(with(edit.getTeaser(), "de", "Eine Delegation kam an.", true));
        news.save(edit);

        NewsEdit stored = news.edit(SLUG).orElseThrow();
        assertThat(stored.getStates().get("news.field.title"))
                .containsEntry("de", TranslationState.CURRENT)
                .containsEntry("en", TranslationState.OUTDATED)
                .containsEntry("fr", TranslationState.OUTDATED);
        assertThat(stored.getStates().get("news.field.teaser")).containsEntry("en", TranslationState.CURRENT);
        assertThat(stored.getStates().get("news.field.body")).containsEntry("fr", TranslationState.CURRENT);
    }

    @Test
    @WithUserDetails("editor")
    void aSaveBasedOnAnOlderVersionIsRefusedAndOverwritesNothing() {
        NewsEdit first = news.edit(SLUG).orElseThrow();
        NewsEdit second = news.edit(SLUG).orElseThrow();
        first.setBody(with(first.getBody(), "de", "Die erste Fassung.", false));
        news.save(first);

        second.setBody(with(second.getBody(), "de", "Die zweite Fassung.", false));
        assertThatThrownBy(() -> news.save(second))
                .isInstanceOfSatisfying(
                        StaleEditException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("editor"));
        assertThat(news.edit(SLUG).orElseThrow().getBody().text("de")).isEqualTo("Die erste Fassung.");
    }

    @Test
    @WithUserDetails("editor")
    void invalidInputIsRefusedWithAReasonAndNothingIsSaved() {
        NewsEdit noTitle = news.edit(SLUG).orElseThrow();
        noTitle.setTitle(with(noTitle.getTitle(), "de", " ", false));
        assertThatThrownBy(() -> news.save(noTitle))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.error.required"));

        NewsEdit taken = news.newItem();
        taken.setSlug(SLUG);
        taken.setTitle(new TextEdit(Map.of("de", "Doppelt"), false));
        taken.setTeaser(new TextEdit(Map.of("de", "Doppelt"), false));
        taken.setBody(new TextEdit(Map.of("de", "Doppelt"), false));
        assertThatThrownBy(() -> news.save(taken))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.error.slug-taken"));

        NewsEdit tooLong = news.edit(SLUG).orElseThrow();
        tooLong.setTitle(with(tooLong.getTitle(), "fr", "x".repeat(501), false));
        assertThatThrownBy(() -> news.save(tooLong)).isInstanceOf(ContentEditException.class);
        assertThat(news.edit(SLUG).orElseThrow().getTitle().text("de")).isEqualTo("Besuch aus Montpellier");
    }

    @Test
    @WithUserDetails("editor")
    void anInternalNoteCanBeAddedAndRemovedAgain() {
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        edit.setInternalNote(new TextEdit(Map.of("de", "Nur für den Dienstgebrauch."), false));
        news.save(edit);
        assertThat(news.findBySlug(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .internalNote()
                        .text())
                .isEqualTo("Nur für den Dienstgebrauch.");

        NewsEdit again = news.edit(SLUG).orElseThrow();
        again.setInternalNote(new TextEdit(Map.of("de", ""), false));
        news.save(again);
        assertThat(news.findBySlug(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .internalNote()
                        .isEmpty())
                .isTrue();
        assertThat(news.edit(SLUG).orElseThrow().getInternalNote().isBlank()).isTrue();
    }

    @Test
    @WithUserDetails("staff")
    void staffCannotEditEvenByCallingTheServiceDirectly() {
        assertThatThrownBy(() -> news.edit(SLUG)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> news.save(new NewsEdit())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> news.newItem()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("staff")
    void staffSeeNoEditActionAndAreRefusedTheEditor() {
        NewsItemView page = navigateWithLanguage("news/" + SLUG, "de", NewsItemView.class);
        assertThat($(Anchor.class, page).withClassName("edit-action").exists()).isFalse();

        UI.getCurrent().navigate("edit/news/" + SLUG);
        assertThat(getCurrentView()).isNotInstanceOf(NewsEditView.class);
    }

    @Test
    @WithUserDetails("editor")
    void anEditorEditsSideBySideAndAnEmptyGermanTitleKeepsEverythingTyped() {
        NewsItemView page = navigateWithLanguage("news/" + SLUG, "de", NewsItemView.class);
        assertThat($(Anchor.class, page).withClassName("edit-action").single().getHref())
                .isEqualTo("/edit/news/" + SLUG);

        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        TranslatedTextField title =
                $(TranslatedTextField.class, editor).withLabel("Titel").single();
        TextField german = $(TextField.class, title).withAttribute("lang", "de").single();
        TextField french = $(TextField.class, title).withAttribute("lang", "fr").single();
        assertThat(french.getValue()).isEqualTo("Visite de Montpellier");

        test(french).setValue("Visite de la délégation de Montpellier");
        test(german).setValue("");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(title.isInvalid()).isTrue();
        assertThat(french.getValue()).isEqualTo("Visite de la délégation de Montpellier");
        assertThat(news.edit(SLUG).orElseThrow().getTitle().text("fr")).isEqualTo("Visite de Montpellier");

        test(german).setValue("Besuch der Delegation aus Montpellier");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NewsItemView.class);
        NewsEdit saved = news.edit(SLUG).orElseThrow();
        assertThat(saved.getTitle().text("fr")).isEqualTo("Visite de la délégation de Montpellier");
        assertThat(saved.getStates().get("news.field.title"))
                .containsEntry("fr", TranslationState.CURRENT)
                .containsEntry("en", TranslationState.OUTDATED);
    }

    @Test
    @WithUserDetails("editor")
    void aNewItemStartsAsADraftThatPartnersCannotSee() {
        NewsEditView editor = navigateWithLanguage("edit/news/new", "de", NewsEditView.class);
        test($(TextField.class, editor).withLabel("Adresse").single()).setValue("neue-meldung-aus-dem-test");
        typeGerman(editor, "Titel", TextField.class, "Neue Meldung");
        typeGerman(editor, "Vorspann", TextArea.class, "Kurz gesagt.");
        typeGerman(editor, "Text", TextArea.class, "Alles Weitere.");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NewsItemView.class);
        assertThat(repository.findBySlug("neue-meldung-aus-dem-test")).hasValueSatisfying(item -> {
            assertThat(item.isPublished()).isFalse();
            assertThat(item.getChangedBy()).isEqualTo("editor");
        });
        var withoutDrafts = readers.current(Locale.GERMAN).publishedOnly();
        assertThat(news.findBySlug("neue-meldung-aus-dem-test", withoutDrafts)).isEmpty();
        assertThat(search.search("Neue Meldung", withoutDrafts, 10, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .doesNotContain("neue-meldung-aus-dem-test");
        assertThat(search.search("Neue Meldung", readers.current(Locale.GERMAN), 10, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .contains("neue-meldung-aus-dem-test");
    }

    @Test
    @WithUserDetails("editor")
    void aStaleSaveInTheEditorExplainsWhatChangedAndLosesNothing() {
        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        NewsEdit meanwhile = news.edit(SLUG).orElseThrow();
        meanwhile.setTeaser(with(meanwhile.getTeaser(), "de", "Eine große Delegation kam.", false));
        news.save(meanwhile);

        typeGerman(editor, "Text", TextArea.class, "Mein Bericht.");
        test($(Button.class, editor).withClassName("save").single()).click();

        ConfirmDialog conflict = $(ConfirmDialog.class).single();
        assertThat(conflict.getElement().getTextRecursively()).contains("editor", "Vorspann");
        assertThat(news.edit(SLUG).orElseThrow().getBody().text("de")).isEqualTo("Der ganze Bericht.");
        assertThat(getCurrentView()).isSameAs(editor);

        // saving mine over theirs knowingly: my changed field goes in, their change stays
        test(conflict).confirm();
        NewsEdit stored = news.edit(SLUG).orElseThrow();
        assertThat(stored.getBody().text("de")).isEqualTo("Mein Bericht.");
        assertThat(stored.getTeaser().text("de")).isEqualTo("Eine große Delegation kam.");
        assertThat(getCurrentView()).isInstanceOf(NewsItemView.class);
    }

    @Test
    @WithUserDetails("editor")
    void anEditorSeesWhoElseHasTheItemOpen() {
        var editor = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_STAFF")));
        marks.mark(ContentType.NEWS, SLUG);
        SecurityContextHolder.getContext().setAuthentication(editor);
        try {
            NewsEditView page = navigateWithLanguage("edit/news/" + SLUG, "en", NewsEditView.class);
            assertThat($(Div.class, page)
                            .withClassName("edit-marks")
                            .single()
                            .getElement()
                            .getTextRecursively())
                    .contains("admin is also editing this item");
        } finally {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "admin",
                            null,
                            AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_STAFF")));
            marks.release(ContentType.NEWS, SLUG);
            SecurityContextHolder.getContext().setAuthentication(editor);
        }
    }

    @Test
    @WithUserDetails("editor")
    void aVersionTakenBackBringsItsTranslationsBackWithTheStatesTheyHadThen() {
        NewsEdit first = news.edit(SLUG).orElseThrow();
        first.setTitle(with(first.getTitle(), "de", "Besuch aus Montpellier im Winter", false));
        news.save(first);
        NewsEdit second = news.edit(SLUG).orElseThrow();
        assertThat(second.getStates().get("news.field.title")).containsEntry("en", TranslationState.OUTDATED);
        second.setTitle(with(second.getTitle(), "en", "Visit from Montpellier in winter", false));
        news.save(second);
        assertThat(news.edit(SLUG).orElseThrow().getStates().get("news.field.title"))
                .containsEntry("en", TranslationState.CURRENT)
                .containsEntry("fr", TranslationState.OUTDATED);

        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        Details versions =
                $(Details.class, editor).withClassName("edit-history").single();
        // the older of the two: the German title changed, its English title was outdated then
        test($(Button.class, versions).withClassName("restore").last()).click();
        TranslatedTextField title =
                $(TranslatedTextField.class, editor).withLabel("Titel").single();
        assertThat($(TextField.class, title)
                        .withAttribute("lang", "en")
                        .single()
                        .getValue())
                .isEqualTo("Visit from Montpellier");
        assertThat($(com.vaadin.flow.component.html.Span.class, title)
                        .withClassName("translation-state")
                        .all())
                .extracting(badge -> badge.getElement().getAttribute("data-state"))
                .containsExactly("source", "outdated", "outdated");
        test($(Button.class, editor).withClassName("save").single()).click();

        NewsEdit restored = news.edit(SLUG).orElseThrow();
        assertThat(restored.getTitle().text("en")).isEqualTo("Visit from Montpellier");
        assertThat(restored.getStates().get("news.field.title"))
                .containsEntry("en", TranslationState.OUTDATED)
                .containsEntry("fr", TranslationState.OUTDATED);
    }

    @Test
    @WithUserDetails("editor")
    void everySaveIsAVersionThatShowsWhatChangedAndCanBeTakenBack() {
        NewsEdit first = news.edit(SLUG).orElseThrow();
        first.setTitle(with(first.getTitle(), "de", "Besuch aus Montpellier im November", false));
        news.save(first);
        NewsEdit second = news.edit(SLUG).orElseThrow();
        second.setTitle(with(second.getTitle(), "de", "Großer Besuch aus Montpellier", false));
        news.save(second);
        Long id = second.getId();
        assertThat(history.versions(ContentType.NEWS, id, NewsEdit.class))
                .hasSize(2)
                .allSatisfy(
                        version -> assertThat(version.revision().changedBy()).isEqualTo("editor"));

        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        Details versions =
                $(Details.class, editor).withClassName("edit-history").single();
        assertThat(versions.getSummaryText()).isEqualTo("Fassungen (2)");
        String newest = $(Div.class, versions)
                .withClassName("edit-revision")
                .first()
                .getElement()
                .getTextRecursively();
        assertThat(newest)
                .contains("editor", "Titel", "Besuch aus Montpellier im November", "Großer Besuch aus Montpellier");

        Button takeBack = $(Button.class, versions).withClassName("restore").last();
        test(takeBack).click();
        TranslatedTextField title =
                $(TranslatedTextField.class, editor).withLabel("Titel").single();
        assertThat($(TextField.class, title)
                        .withAttribute("lang", "de")
                        .single()
                        .getValue())
                .isEqualTo("Besuch aus Montpellier im November");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(news.edit(SLUG).orElseThrow().getTitle().text("de")).isEqualTo("Besuch aus Montpellier im November");
        assertThat(history.versions(ContentType.NEWS, id, NewsEdit.class)).hasSize(3);
    }

    @Test
    @WithUserDetails("editor")
    void aDeletedItemGoesToTheTrashOutOfReadersSightAndComesBackRestored() {
        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        test($(Button.class, editor).withClassName("trash").single()).click();
        test($(ConfirmDialog.class).withClassName("trash-confirm").single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(de.heidelberg.partnerportal.news.ui.NewsView.class);

        var reader = readers.current(Locale.GERMAN);
        assertThat(news.findBySlug(SLUG, reader)).isEmpty();
        assertThat(news.find(new NewsFilter(null, null, null), reader, 0, 100))
                .extracting(NewsSummary::slug)
                .doesNotContain(SLUG);
        assertThat(search.search("Montpellier Delegation", reader, 50, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .doesNotContain(SLUG);
        assertThat(news.edit(SLUG)).isEmpty();

        var trashView = navigateWithLanguage("trash", "de", de.heidelberg.partnerportal.trash.ui.TrashView.class);
        @SuppressWarnings("unchecked")
        Grid<TrashCan.TrashedItem> trashed = $(Grid.class, trashView).single();
        var rows = test(trashed);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).slug()).isEqualTo(SLUG);
        assertThat(rows.getRow(0).deletedBy()).isEqualTo("editor");
        test((Button) rows.getCellComponent(0, 4)).click();
        assertThat(news.findBySlug(SLUG, reader)).isPresent();
        assertThat(search.search("Montpellier Delegation", reader, 50, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .contains(SLUG);
        Long id = news.edit(SLUG).orElseThrow().getId();
        assertThat(history.versions(ContentType.NEWS, id, NewsEdit.class))
                .extracting(version -> version.revision().action())
                .containsExactly(ContentChanges.Action.RESTORE, ContentChanges.Action.TRASH);
    }

    @Test
    @WithUserDetails("editor")
    void theTranslationDashboardListsWhatIsMissingOrOutdatedPerLanguage() {
        NewsEdit edit = news.edit(SLUG).orElseThrow();
        edit.setTitle(with(edit.getTitle(), "de", "Besuch aus Montpellier, neu betitelt", false));
        edit.setImageCaption(new TextEdit(Map.of("de", "Gruppenbild", "en", "Group photo"), false));
        news.save(edit);

        var gaps = translations.gaps(readers.current(Locale.GERMAN)).stream()
                .filter(gap -> gap.slug().equals(SLUG))
                .toList();
        assertThat(gaps).singleElement().satisfies(gap -> {
            assertThat(gap.outdated())
                    .containsEntry("en", List.of(NewsEdit.TITLE))
                    .containsEntry("fr", List.of(NewsEdit.TITLE));
            assertThat(gap.missing())
                    .containsEntry("fr", List.of(NewsEdit.IMAGE_CAPTION))
                    .doesNotContainKey("en");
        });

        var dashboard = navigateWithLanguage(
                "translations", "fr", de.heidelberg.partnerportal.translation.ui.TranslationDashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<TranslationWork.Gap> grid = $(Grid.class, dashboard).single();
        var rows = test(grid);
        int row = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.getRow(i).slug().equals(SLUG))
                .findFirst()
                .orElseThrow();
        assertThat(rows.getCellText(row, 2)).isEqualTo("Légende de la photo");
        assertThat(rows.getCellText(row, 3)).isEqualTo("Titre");
    }

    @Test
    @WithUserDetails("editor")
    void aScheduledItemIsShownToReadersOnlyWithinItsPeriod() {
        var withoutDrafts = readers.current(Locale.GERMAN).publishedOnly();
        LocalDateTime now = LocalDateTime.now(de.heidelberg.partnerportal.i18n.LocalizedFormats.ZONE);

        NewsEdit later = news.edit(SLUG).orElseThrow();
        later.setPublishFrom(now.plusDays(1));
        news.save(later);
        assertThat(news.findBySlug(SLUG, withoutDrafts)).isEmpty();
        assertThat(news.find(new NewsFilter(null, null, null), withoutDrafts, 0, 100))
                .extracting(NewsSummary::slug)
                .doesNotContain(SLUG);
        assertThat(search.search("Montpellier Delegation", withoutDrafts, 50, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .doesNotContain(SLUG);
        assertThat(news.findBySlug(SLUG, readers.current(Locale.GERMAN)))
                .as("editors still see it")
                .isPresent();

        NewsEdit current = news.edit(SLUG).orElseThrow();
        current.setPublishFrom(now.minusDays(2));
        current.setPublishUntil(now.plusDays(1));
        news.save(current);
        assertThat(news.findBySlug(SLUG, withoutDrafts)).isPresent();
        assertThat(search.search("Montpellier Delegation", withoutDrafts, 50, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .contains(SLUG);

        NewsEdit over = news.edit(SLUG).orElseThrow();
        over.setPublishUntil(now.minusHours(1));
        news.save(over);
        assertThat(news.findBySlug(SLUG, withoutDrafts)).isEmpty();
        assertThat(search.search("Montpellier Delegation", withoutDrafts, 50, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .doesNotContain(SLUG);

        NewsEdit backwards = news.edit(SLUG).orElseThrow();
        backwards.setPublishUntil(backwards.getPublishFrom().minusDays(1));
        assertThatThrownBy(() -> news.save(backwards))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("edit.error.schedule"));
    }

    @Test
    @WithUserDetails("staff")
    void staffCannotDeleteOrRestore() {
        assertThatThrownBy(() -> news.trash(1L, 0L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> news.restore(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("editor")
    void theAuditLogIsForAdministratorsOnly() {
        UI.getCurrent().navigate("admin/audit");
        assertThat(getCurrentView()).isNotInstanceOf(de.heidelberg.partnerportal.history.ui.AuditLogView.class);
        assertThatThrownBy(() -> history.latest(10)).isInstanceOf(AccessDeniedException.class);
    }

    private void typeGerman(NewsEditView editor, String label, Class<?> type, String text) {
        TranslatedTextField field =
                $(TranslatedTextField.class, editor).withLabel(label).single();
        if (type == TextField.class) {
            test($(TextField.class, field).withAttribute("lang", "de").single()).setValue(text);
        } else {
            test($(TextArea.class, field).withAttribute("lang", "de").single()).setValue(text);
        }
    }

    private static TextEdit with(TextEdit edit, String language, String text, boolean minor) {
        Map<String, String> texts = new java.util.HashMap<>(edit.texts());
        texts.put(language, text);
        return new TextEdit(texts, minor);
    }
}
