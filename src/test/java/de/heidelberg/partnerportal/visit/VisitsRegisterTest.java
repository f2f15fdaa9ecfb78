package de.heidelberg.partnerportal.visit;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.gift.GiftDirection;
import de.heidelberg.partnerportal.gift.GiftEdit;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.gift.GiftSummary;
import de.heidelberg.partnerportal.gift.GiftTestData;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.visit.ui.GoldenBookView;
import de.heidelberg.partnerportal.visit.ui.VisitEditView;
import de.heidelberg.partnerportal.visit.ui.VisitPageView;
import de.heidelberg.partnerportal.visit.ui.VisitRequestView;
import de.heidelberg.partnerportal.visit.ui.VisitsView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visits register as city staff use it, and what partner-city colleagues never get: the seeded Jelenia Góra
 * visit with its Golden Book entry, planning a visit to Montpellier with the gifts given there before, a request
 * by a staff member, the checks, and the register kept out of partners' views, services and search.
 */
@PortalTest
class VisitsRegisterTest extends SpringBrowserlessTest {

    private static final String SEEDED = "jelenia-gora-goldenes-buch-2025";
    private static final String PLANNED = "besuch-aus-dem-test";
    private static final String GIFT = "geschenk-aus-dem-test";

    @Autowired
    VisitService visits;

    @Autowired
    VisitRepository repository;

    @Autowired
    GiftService gifts;

    @Autowired
    ContentLinks links;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeWhatTheTestsMade() {
        transactions.executeWithoutResult(status -> repository.findAll().stream()
                .filter(visit ->
                        visit.getSlug().startsWith(PLANNED) || visit.getSlug().startsWith("delegation-aus-montpellier"))
                .forEach(repository::delete));
        GiftTestData.remove(context, GIFT);
    }

    @Test
    @WithUserDetails("staff")
    void staffFindTheJeleniaGoraVisitWithItsGoldenBookEntry() {
        VisitsView register = navigateWithLanguage("visits", "de", VisitsView.class);
        assertThat(register.getElement().getTextRecursively())
                .contains("Bürgermeister von Jelenia Góra im Rathaus", "01.12.2025", "Zu Gast in Heidelberg");

        VisitPageView page = navigateWithLanguage("visits/" + SEEDED, "fr", VisitPageView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains(
                        "Le maire de Jelenia Góra à l’hôtel de ville",
                        "Jerzy Łużniak",
                        "Pologne",
                        "Signature du 1 décembre 2025 : Jerzy Łużniak, Bürgermeister von Jelenia Góra",
                        "le maire de Jelenia Góra en visite à Heidelberg");

        GoldenBookView book = navigateWithLanguage("golden-book", "en", GoldenBookView.class);
        assertThat(book.getElement().getTextRecursively())
                .contains("1 December 2025", "Jerzy Łużniak, Bürgermeister von Jelenia Góra");
    }

    @Test
    @WithUserDetails("staff")
    void staffFindAVisitByAGuestsName() {
        Reader staff = readers.current(Locale.GERMAN);
        assertThat(search.search("Łużniak", staff, 20, Optional.of(ContentType.VISIT))
                        .hits())
                .extracting(hit -> hit.url())
                .contains("/visits/" + SEEDED);
    }

    @Test
    @WithUserDetails("partner")
    void partnersGetNoVisitInPagesServicesOrSearch() {
        navigateWithLanguage("visits", "de", AccessDeniedView.class);
        navigateWithLanguage("visits/" + SEEDED, "de", AccessDeniedView.class);
        Reader partner = readers.current(Locale.GERMAN);
        assertThatThrownBy(() -> visits.find(VisitFilter.ALL, partner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.findBySlug(SEEDED, partner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gifts.find(null, partner)).isInstanceOf(AccessDeniedException.class);
        assertThat(links.all(ContentType.VISIT, partner)).isEmpty();
        // the visit's guest is in a published news item too: the partner finds the news, never the visit
        assertThat(search.search("Łużniak", partner, 50, Optional.empty()).hits())
                .extracting(hit -> hit.type())
                .isNotEmpty()
                .doesNotContain("visit", "gift");
        assertThat(search.search("Łużniak", partner, 50, Optional.of(ContentType.VISIT))
                        .total())
                .isZero();
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorWhoIsNotCityStaffFindsNoVisitToTranslate() {
        assertThat(visits.edit(SEEDED)).isEmpty();
        assertThat(visits.gaps(readers.current(Locale.FRENCH))).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void theGiftsGivenBeforeToAPersonAreFoundByTheirWholeNameWithOrWithoutAccents() {
        giveGift(
                "Bildband Heidelberg",
                LocalDate.of(2025, 12, 1),
                "Oberbürgermeister Jerzy Łużniak (Jelenia Góra)",
                null);
        Reader reader = readers.current(Locale.GERMAN);

        for (String person : List.of("Jerzy Łużniak", "jerzy luzniak", "Łużniak")) {
            assertThat(gifts.givenBefore(null, List.of(person), reader))
                    .as(person)
                    .extracting(GiftSummary::slug)
                    .contains(GIFT);
        }
        for (String person : List.of("Jerzy Łużniakowski", "Luz", "Anna Łużniak", "", "  ")) {
            assertThat(gifts.givenBefore(null, List.of(person), reader))
                    .as(person)
                    .extracting(GiftSummary::slug)
                    .doesNotContain(GIFT);
        }
    }

    /** The test's gift, given by the mayor on that day to that receiver (and partner city). */
    private void giveGift(String description, LocalDate on, String receiver, @Nullable Long cityId) {
        GiftEdit gift = gifts.newItem();
        gift.setSlug(GIFT);
        gift.setDescription(new TextEdit(Map.of("de", description), false));
        gift.setDirection(GiftDirection.GIVEN);
        gift.setGivenOn(on);
        gift.setGiver("Oberbürgermeister Eckart Würzner");
        gift.setReceiver(receiver);
        gift.setCityId(cityId);
        gift.setPublished(true);
        gifts.save(gift);
    }

    @Test
    @WithUserDetails("editor")
    void anEditorPlanningAVisitToMontpellierSeesTheGiftsGivenThereBefore() {
        Long montpellier = links.all(ContentType.PARTNER_CITY, readers.current(Locale.GERMAN)).stream()
                .filter(link -> link.slug().equals("montpellier"))
                .findFirst()
                .orElseThrow()
                .id();
        giveGift(
                "Porzellanteller mit Heidelberger Altstadt",
                LocalDate.of(2021, 10, 2),
                "Bürgermeister von Montpellier",
                montpellier);

        VisitEditView editor = navigateWithLanguage("edit/visits/new", "de", VisitEditView.class);
        Section before =
                $(Section.class, editor).withClassName("gifts-given-before").single();
        assertThat(before.getElement().getTextRecursively()).doesNotContain("Porzellanteller");
        test($(ComboBox.class, editor).withLabel("Partnerstadt").single()).selectItem("Montpellier");
        assertThat(before.getElement().getTextRecursively())
                .contains("Porzellanteller mit Heidelberger Altstadt", "an Bürgermeister von Montpellier");

        test($(TextField.class, editor).withLabel("Adresse").single()).setValue(PLANNED);
        test($(DatePicker.class, editor).withLabel("Beginn").single()).setValue(LocalDate.of(2027, 5, 3));
        test($(DatePicker.class, editor).withLabel("Ende").single()).setValue(LocalDate.of(2027, 5, 5));
        type(this, editor, "Titel", "de", "Delegation nach Montpellier");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VisitPageView.class);
        // the planned visit's page reminds of it too
        assertThat($(Section.class, (VisitPageView) getCurrentView())
                        .withClassName("gifts-given-before")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Porzellanteller mit Heidelberger Altstadt");

        VisitDetail saved =
                visits.findBySlug(PLANNED, readers.current(Locale.GERMAN)).orElseThrow();
        assertThat(saved.summary().city().slug()).isEqualTo("montpellier");
        assertThat(saved.summary().state()).isEqualTo(VisitState.REQUESTED);
        assertThat(visits.coming(LocalDate.of(2027, 1, 1), 5, readers.current(Locale.GERMAN)))
                .extracting(VisitSummary::slug)
                .contains(PLANNED);
    }

    @Test
    @WithUserDetails("editor")
    void aVisitThatEndsBeforeItStartsOrAGoldenBookEntryWithoutADateIsRefused() {
        VisitEdit visit = visits.newItem();
        visit.setSlug(PLANNED + "-falsch");
        visit.setTitle(new TextEdit(Map.of("de", "Falsch"), false));
        visit.setStartDate(LocalDate.of(2027, 5, 3));
        visit.setEndDate(LocalDate.of(2027, 5, 1));
        assertThatThrownBy(() -> visits.save(visit))
                .isInstanceOf(ContentEditException.class)
                .extracting(refusal -> ((ContentEditException) refusal).messageKey())
                .isEqualTo("visits.error.end-before-start");
        visit.setEndDate(null);
        visit.setGoldenBookSigners("Jemand");
        assertThatThrownBy(() -> visits.save(visit))
                .isInstanceOf(ContentEditException.class)
                .extracting(refusal -> ((ContentEditException) refusal).messageKey())
                .isEqualTo("visits.error.golden-book");
        visit.setGoldenBookSigners(null);
        visit.setPeople(List.of(new VisitPersonEdit("", "Bürgermeister", "Montpellier", "FR", null)));
        assertThatThrownBy(() -> visits.save(visit))
                .isInstanceOf(ContentEditException.class)
                .extracting(refusal -> ((ContentEditException) refusal).messageKey())
                .isEqualTo("visits.error.person-name");
        assertThat(repository.findBySlug(PLANNED + "-falsch")).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void aStaffMemberRequestsAVisitWithWhatTheProtocolNeeds() {
        VisitRequestView form = navigateWithLanguage("visits/request", "de", VisitRequestView.class);
        test($(Button.class, form).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VisitRequestView.class);
        assertThat($(TextField.class, form).withLabel("Titel").single().isInvalid())
                .isTrue();

        test($(TextField.class, form).withLabel("Titel").single()).setValue("Delegation aus Montpellier");
        test($(ComboBox.class, form).withLabel("Partnerstadt").single()).selectItem("Montpellier");
        test($(DatePicker.class, form).withLabel("Beginn").single()).setValue(LocalDate.of(2027, 9, 14));
        test($(TextArea.class, form).withLabel("Anlass und Ziel").single()).setValue("Austausch über Radverkehr");
        test($(TextArea.class, form).withLabel("Wünsche für das Programm").single())
                .setValue("Besuch im Fahrradparkhaus");
        test($(TextField.class, form).withLabel("Angefragt von").single())
                .setValue("Ville de Montpellier, relations internationales");
        test($(Button.class, form).withClassName("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(VisitPageView.class);
        VisitSummary requested = visits.find(VisitFilter.ALL, readers.current(Locale.GERMAN)).stream()
                .filter(visit -> visit.slug().startsWith("delegation-aus-montpellier-2027-09-14"))
                .findFirst()
                .orElseThrow();
        assertThat(requested.state()).isEqualTo(VisitState.REQUESTED);
        VisitDetail detail = visits.findBySlug(requested.slug(), readers.current(Locale.GERMAN))
                .orElseThrow();
        assertThat(detail.requestedBy()).isEqualTo("Ville de Montpellier, relations internationales");
        assertThat(detail.internalNote().text())
                .contains("Wünsche für das Programm:** Besuch im Fahrradparkhaus", "Dolmetschung nötig:** nein");
    }
}
