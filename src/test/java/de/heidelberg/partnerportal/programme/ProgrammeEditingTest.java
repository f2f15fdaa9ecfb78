package de.heidelberg.partnerportal.programme;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.programme.ui.ProgrammeEditView;
import de.heidelberg.partnerportal.programme.ui.ProgrammePageView;
import de.heidelberg.partnerportal.programme.ui.ProgrammesView;
import de.heidelberg.partnerportal.search.SearchService;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors create programmes with their cities; a draft stays with the editors until published. */
@PortalTest
class ProgrammeEditingTest extends SpringBrowserlessTest {

    private static final String SLUG = "programm-aus-dem-test";

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ProgrammeRepository repository;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheTestProgramme() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("editor")
    @SuppressWarnings("unchecked")
    void anEditorCreatesADraftProgrammeThenPublishesItForReaders() {
        ProgrammesView list = navigateWithLanguage("programmes", "fr", ProgrammesView.class);
        assertThat($(Anchor.class, list).withClassName("edit-action").single().getText())
                .isEqualTo("Nouveau programme");

        ProgrammeEditView editor = navigateWithLanguage("edit/programmes/new", "fr", ProgrammeEditView.class);
        test($(TextField.class, editor).withLabel("Adresse").single()).setValue(SLUG);
        test($(IntegerField.class, editor).withLabel("Depuis (année)").single()).setValue(2031);
        MultiSelectComboBox<Long> cities = $(MultiSelectComboBox.class, editor)
                .withLabel("Villes participantes")
                .single();
        Long city = cities.getListDataView().getItems().findFirst().orElseThrow();
        cities.setValue(Set.of(city));
        type(this, editor, "Titre", "de", "Sommerschule für Brückenbau");
        type(this, editor, "Titre", "fr", "École d’été de construction de ponts");
        type(this, editor, "Résumé", "de", "Zwei Wochen Brücken.");
        type(this, editor, "Texte", "de", "Mehr über **Brücken**.");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ProgrammePageView.class);

        Reader partnerLike = readers.current(Locale.FRENCH).asPartner();
        assertThat(programmes.findBySlug(SLUG, partnerLike)).isEmpty();
        assertThat(search.search("Brückenbau", partnerLike, 10, Optional.empty())
                        .hits())
                .isEmpty();

        ProgrammeEdit edit = programmes.edit(SLUG).orElseThrow();
        edit.setPublished(true);
        programmes.save(edit);
        ProgrammeView published = programmes.findBySlug(SLUG, partnerLike).orElseThrow();
        assertThat(published.title().text()).isEqualTo("École d’été de construction de ponts");
        assertThat(published.sinceYear()).isEqualTo(2031);
        assertThat(published.cities()).extracting(link -> link.id()).containsExactly(city);
        assertThat(search.search("Brückenbau", partnerLike, 10, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .containsExactly(SLUG);
    }

    @Test
    @WithUserDetails("editor")
    void aYearOutOfRangeIsRefusedWithAReason() {
        ProgrammeEditView editor = navigateWithLanguage("edit/programmes/new", "en", ProgrammeEditView.class);
        test($(TextField.class, editor).withLabel("Address").single()).setValue(SLUG);
        IntegerField since =
                $(IntegerField.class, editor).withLabel("Since (year)").single();
        test(since).setValue(12);
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(since.isInvalid()).isTrue();
        assertThat(since.getErrorMessage()).contains("800");
        assertThat(repository.findBySlug(SLUG)).isEmpty();
    }
}
