package de.heidelberg.partnerportal.page;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.page.ui.SiteTextEditView;
import java.util.HashMap;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The overview on the start page is edited like any content: in three languages, with history, never deleted. */
@PortalTest
class SiteTextEditingTest extends SpringBrowserlessTest {

    private static final String OVERVIEW = SiteTextService.Key.OVERVIEW.slug();

    @Autowired
    SiteTextService texts;

    @Autowired
    ContentHistory history;

    @Autowired
    Readers readers;

    private String originalEnglishTitle;

    /** The other tests share this database and expect the seed content. */
    @AfterEach
    void putTheTitleBack() {
        if (originalEnglishTitle != null) {
            SiteTextEdit edit = texts.edit(OVERVIEW).orElseThrow();
            var titles = new HashMap<>(edit.getTitle().texts());
            titles.put("en", originalEnglishTitle);
            edit.setTitle(new TextEdit(titles, false));
            texts.save(edit);
        }
    }

    @Test
    @WithUserDetails("editor")
    void anEditorChangesTheOverviewsEnglishTitleFromTheStartPage() {
        StartView start = navigateWithLanguage("", "en", StartView.class);
        Anchor edit = $(Anchor.class, start).withClassName("edit-action").single();
        assertThat(edit.getHref()).isEqualTo("/edit/pages/overview");
        assertThat(edit.getText()).isEqualTo("Edit overview");

        SiteTextEditView editor = navigateWithLanguage("edit/pages/overview", "en", SiteTextEditView.class);
        originalEnglishTitle = texts.edit(OVERVIEW).orElseThrow().getTitle().text("en");
        assertThat($(Button.class, editor).withClassName("trash").exists()).isFalse();
        type(this, editor, "Heading", "en", "International understanding, lived every day");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(StartView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("International understanding, lived every day");
        SiteTextEdit saved = texts.edit(OVERVIEW).orElseThrow();
        assertThat(history.versions(ContentType.PAGE, saved.getId(), SiteTextEdit.class))
                .isNotEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void thePortalsTextsAreNeitherCreatedNorDeleted() {
        SiteTextEdit overview = texts.edit(OVERVIEW).orElseThrow();
        assertThatThrownBy(() -> texts.trash(overview.getId(), overview.getVersion()))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("edit.error.fixed-page");
        assertThatThrownBy(() -> texts.newItem()).isInstanceOf(ContentEditException.class);
        assertThat(texts.find(SiteTextService.Key.OVERVIEW, readers.current(Locale.GERMAN)))
                .isPresent();
    }

    @Test
    @WithUserDetails("staff")
    void staffReadTheOverviewButCannotEditIt() {
        StartView start = navigateWithLanguage("", "de", StartView.class);
        assertThat($(Anchor.class, start).withClassName("edit-action").exists()).isFalse();
        assertThatThrownBy(() -> texts.edit(OVERVIEW)).isInstanceOf(AccessDeniedException.class);
    }
}
