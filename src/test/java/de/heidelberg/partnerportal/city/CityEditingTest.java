package de.heidelberg.partnerportal.city;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.ui.CityEditView;
import de.heidelberg.partnerportal.city.ui.PartnerCityView;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.i18n.TranslationState;
import de.heidelberg.partnerportal.search.SearchService;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors maintain partner cities: facts and texts side by side, checked in the service. */
@PortalTest
class CityEditingTest extends SpringBrowserlessTest {

    private static final String SLUG = "teststadt";

    @Autowired
    CityService cities;

    @Autowired
    CityRepository repository;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void aCityToEdit() {
        transactions.executeWithoutResult(status -> repository.save(new PartnerCity(
                new NewCity(
                        SLUG,
                        Map.of("de", "Teststadt", "en", "Test Town", "fr", "Ville d'essai"),
                        "FR",
                        null,
                        RelationType.FRIENDSHIP,
                        RelationStatus.ACTIVE,
                        Since.parse("1999"),
                        null,
                        43.6,
                        3.9,
                        Map.of(
                                "de",
                                "Eine Stadt für Tests.",
                                "en",
                                "A town for tests.",
                                "fr",
                                "Une ville pour les tests."),
                        List.of(),
                        List.of(),
                        null),
                "de",
                List.of())));
    }

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void removeTheTestCity() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("editor")
    void anEditorChangesTheEnglishDescriptionThatReadersThenGetAndFind() {
        PartnerCityView page = navigateWithLanguage("partner-cities/" + SLUG, "en", PartnerCityView.class);
        assertThat($(Anchor.class, page).withClassName("edit-action").single().getHref())
                .isEqualTo("/edit/partner-cities/" + SLUG);

        CityEditView editor = navigateWithLanguage("edit/partner-cities/" + SLUG, "en", CityEditView.class);
        TranslatedTextField description =
                $(TranslatedTextField.class, editor).withLabel("Description").single();
        test($(TextArea.class, description).withAttribute("lang", "en").single())
                .setValue("A town for tests, with a marzipan museum.");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PartnerCityView.class);
        var english = readers.current(Locale.ENGLISH);
        assertThat(cities.findBySlug(SLUG, english).orElseThrow().description().text())
                .isEqualTo("A town for tests, with a marzipan museum.");
        assertThat(search.search("marzipan", english, 10, Optional.empty()).hits())
                .extracting(hit -> hit.id())
                .containsExactly(SLUG);
        assertThat(cities.edit(SLUG).orElseThrow().getStates().get("cities.field.description"))
                .containsEntry("en", TranslationState.CURRENT)
                .containsEntry("fr", TranslationState.CURRENT);
    }

    @Test
    @WithUserDetails("editor")
    void anEditorAddsFocusAreasLineByLineThatReadersGetInTheirLanguage() {
        CityEditView editor = navigateWithLanguage("edit/partner-cities/" + SLUG, "de", CityEditView.class);
        test($(Button.class, editor).withClassName("add-entry").single()).click();
        type(this, editor, "Schwerpunkt", "de", "Jugend");
        type(this, editor, "Schwerpunkt", "fr", "Jeunesse");
        type(this, editor, "Punkte", "de", "Schüleraustausch\nFerienlager");
        type(this, editor, "Punkte", "fr", "Échange scolaire\nColonie de vacances");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PartnerCityView.class);

        var french = cities.findBySlug(SLUG, readers.current(Locale.FRENCH))
                .orElseThrow()
                .focusAreas();
        assertThat(french).singleElement().satisfies(area -> {
            assertThat(area.title().text()).isEqualTo("Jeunesse");
            assertThat(area.items())
                    .extracting(item -> item.text())
                    .containsExactly("Échange scolaire", "Colonie de vacances");
        });
        var english = cities.findBySlug(SLUG, readers.current(Locale.ENGLISH))
                .orElseThrow()
                .focusAreas();
        assertThat(english.getFirst().items())
                .allSatisfy(item -> assertThat(item.fallback()).isTrue());

        // the second German item changes: only its French line is outdated now
        CityEdit edit = cities.edit(SLUG).orElseThrow();
        edit.setFocusAreas(List.of(new FocusAreaEdit(
                edit.getFocusAreas().getFirst().title(),
                with(edit.getFocusAreas().getFirst().items(), "de", "Schüleraustausch\nSommerlager"))));
        cities.save(edit);
        var states = cities.edit(SLUG).orElseThrow().getStates();
        assertThat(states.get(CityEdit.FOCUS_ITEMS.at(0, 0).key())).containsEntry("fr", TranslationState.CURRENT);
        assertThat(states.get(CityEdit.FOCUS_ITEMS.at(0, 1).key())).containsEntry("fr", TranslationState.OUTDATED);

        // more French lines than German ones cannot be matched: refused, nothing saved
        CityEdit tooMany = cities.edit(SLUG).orElseThrow();
        tooMany.setFocusAreas(List.of(new FocusAreaEdit(
                tooMany.getFocusAreas().getFirst().title(),
                with(tooMany.getFocusAreas().getFirst().items(), "fr", "un\ndeux\ntrois"))));
        assertThatThrownBy(() -> cities.save(tooMany))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("cities.error.focus-lines");

        // removing the area removes its texts
        CityEdit none = cities.edit(SLUG).orElseThrow();
        none.setFocusAreas(List.of());
        cities.save(none);
        assertThat(cities.findBySlug(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .focusAreas())
                .isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void coordinatesOutOfRangeAreRefusedInTheFormAndInTheService() {
        CityEditView editor = navigateWithLanguage("edit/partner-cities/" + SLUG, "de", CityEditView.class);
        NumberField latitude =
                $(NumberField.class, editor).withLabel("Breitengrad").single();
        latitude.setValue(123.0);
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(latitude.isInvalid()).isTrue();

        CityEdit edit = cities.edit(SLUG).orElseThrow();
        edit.setLatitude(123.0);
        assertThatThrownBy(() -> cities.save(edit))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("cities.error.coordinates"));
        assertThat(cities.edit(SLUG).orElseThrow().getLatitude()).isEqualTo(43.6);
    }

    @Test
    @WithUserDetails("editor")
    void aGermanNameChangeMarksTheOtherNamesOutdated() {
        CityEdit edit = cities.edit(SLUG).orElseThrow();
        Map<String, String> names = new HashMap<>(edit.getName().texts());
        names.put("de", "Prüfstadt");
        edit.setName(new TextEdit(names, false));
        cities.save(edit);

        assertThat(cities.edit(SLUG).orElseThrow().getStates().get("cities.field.name"))
                .containsEntry("en", TranslationState.OUTDATED)
                .containsEntry("fr", TranslationState.OUTDATED);
        assertThat(cities.findBySlug(SLUG, readers.current(Locale.ENGLISH))
                        .orElseThrow()
                        .summary()
                        .name()
                        .outdated())
                .isTrue();
    }

    @Test
    @WithUserDetails("partner")
    void partnersCannotEdit() {
        assertThatThrownBy(() -> cities.edit(SLUG)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cities.save(new CityEdit())).isInstanceOf(AccessDeniedException.class);
    }

    private static TextEdit with(TextEdit edit, String language, String text) {
        Map<String, String> texts = new HashMap<>(edit.texts());
        texts.put(language, text);
        return new TextEdit(texts, false);
    }
}
