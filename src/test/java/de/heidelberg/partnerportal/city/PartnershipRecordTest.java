package de.heidelberg.partnerportal.city;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.ui.CityEditView;
import de.heidelberg.partnerportal.city.ui.PartnerCityView;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.Readers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office's record of a partnership: staff read it, editors keep it (status notes through the city's
 * editor, documents on the city's page), partner-city colleagues never see any of it.
 */
@PortalTest
class PartnershipRecordTest extends SpringBrowserlessTest {

    private static final String SLUG = "aktenstadt";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CityService cities;

    @Autowired
    PartnershipRecordService records;

    @Autowired
    CityRepository repository;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void aCity() {
        transactions.executeWithoutResult(status -> repository.save(new PartnerCity(
                new NewCity(
                        SLUG,
                        Map.of("de", "Aktenstadt"),
                        "FR",
                        null,
                        RelationType.PARTNERSHIP,
                        RelationStatus.ACTIVE,
                        Since.parse("1975-05-17"),
                        null,
                        48.0,
                        7.8,
                        Map.of("de", "Eine Stadt mit Akten."),
                        List.of(),
                        List.of(),
                        null),
                "de",
                List.of())));
    }

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void removeIt() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("staff")
    void simferopolsStatusHistoryCarriesTheSeedPagesNoteAndNoInventedCouncilData() {
        PartnershipRecord simferopol =
                records.find("simferopol", readers.current(Locale.GERMAN)).orElseThrow();
        assertThat(simferopol.statusHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(RelationStatus.DORMANT);
            assertThat(entry.note()).isEqualTo("aktuell weitgehend ruhend");
            assertThat(entry.validFrom()).isNull();
        });
        assertThat(simferopol.hasCouncilDecision()).isFalse();
        assertThat(records.find("cambridge", readers.current(Locale.GERMAN)).orElseThrow())
                .satisfies(cambridge -> {
                    assertThat(cambridge.statusHistory()).isEmpty();
                    assertThat(cambridge.hasCouncilDecision()).isFalse();
                    assertThat(cambridge.documents()).isEmpty();
                });

        PartnerCityView page = navigateWithLanguage("partner-cities/simferopol", "de", PartnerCityView.class);
        assertThat(page.getElement().getTextRecursively())
                .contains("Partnerschaftsakte (intern)", "Statushistorie", "aktuell weitgehend ruhend");
        assertThat($(Upload.class, page).all()).as("uploads are for editors").isEmpty();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesNoneOfIt() {
        assertThatThrownBy(() -> records.find("simferopol", readers.current(Locale.GERMAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.document("simferopol", 1, readers.current(Locale.GERMAN)))
                .isInstanceOf(AccessDeniedException.class);
        PartnerCityView page = navigateWithLanguage("partner-cities/simferopol", "de", PartnerCityView.class);
        assertThat(page.getElement().getTextRecursively())
                .doesNotContain("Partnerschaftsakte", "weitgehend ruhend", "Statushistorie");
    }

    @Test
    @WithUserDetails("translator")
    void aTranslatorsFormHasNoneOfTheRecordAndTheirSaveKeepsIt() {
        CityEdit form = cities.edit("simferopol").orElseThrow();
        assertThat(form.getStatusNote()).isBlank();
        assertThat(form.getCouncilDecisionReference()).isBlank();
        assertThat(form.getCouncilDecisionDate()).isNull();
        CityEditView editor = navigateWithLanguage("edit/partner-cities/simferopol", "fr", CityEditView.class);
        assertThat($(TextArea.class, editor).withClassName("status-note").all()).isEmpty();
        assertThat(editor.getElement().getTextRecursively()).doesNotContain("weitgehend ruhend");

        cities.save(form);
        List<PartnershipRecord.StatusEntry> history = historyAsStaff("simferopol");
        assertThat(history)
                .singleElement()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("aktuell weitgehend ruhend"));
    }

    @Test
    @WithUserDetails("staff")
    void aReaderWithoutInternalRightsGetsNothingEvenFromStaffCode() {
        assertThat(records.find("simferopol", readers.current(Locale.GERMAN).asPartner()))
                .isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void dormantOrSuspendedWithoutANoteIsRefusedAndAStatusChangeAppendsItsNote() {
        CityEdit edit = cities.edit(SLUG).orElseThrow();
        edit.setStatus(RelationStatus.SUSPENDED);
        edit.setStatusNote("  ");
        assertThatThrownBy(() -> cities.save(edit))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("cities.error.status-note"));
        edit.setStatus(RelationStatus.DORMANT);
        assertThatThrownBy(() -> cities.save(edit)).isInstanceOf(ContentEditException.class);
        assertThat(cities.findBySlug(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .summary()
                        .status())
                .isEqualTo(RelationStatus.ACTIVE);

        edit.setStatusNote("Partnerschaft ruht auf Beschluss des Gemeinderats");
        edit.setStatusFrom(LocalDate.of(2022, 3, 1));
        edit.setCouncilDecisionDate(LocalDate.of(2022, 2, 24));
        edit.setCouncilDecisionReference("Drucksache 0042/2022/BV");
        cities.save(edit);

        PartnershipRecord record =
                records.find(SLUG, readers.current(Locale.GERMAN)).orElseThrow();
        assertThat(record.statusHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(RelationStatus.DORMANT);
            assertThat(entry.note()).isEqualTo("Partnerschaft ruht auf Beschluss des Gemeinderats");
            assertThat(entry.validFrom()).isEqualTo(LocalDate.of(2022, 3, 1));
            assertThat(entry.changedBy()).isEqualTo("editor");
        });
        assertThat(record.councilDecisionReference()).isEqualTo("Drucksache 0042/2022/BV");

        // saving again without a change adds nothing; back to active with no note is a new entry
        CityEdit again = cities.edit(SLUG).orElseThrow();
        assertThat(again.getStatusNote()).isEqualTo("Partnerschaft ruht auf Beschluss des Gemeinderats");
        cities.save(again);
        assertThat(records.find(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .statusHistory())
                .hasSize(1);
        CityEdit revived = cities.edit(SLUG).orElseThrow();
        revived.setStatus(RelationStatus.ACTIVE);
        revived.setStatusNote("");
        revived.setStatusFrom(null);
        cities.save(revived);
        assertThat(records.find(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .statusHistory())
                .extracting(PartnershipRecord.StatusEntry::status)
                .containsExactly(RelationStatus.DORMANT, RelationStatus.ACTIVE);
    }

    @Test
    @WithUserDetails("editor")
    void theEditorAsksForTheNoteWhenTheStatusNeedsOne() {
        CityEditView editor = navigateWithLanguage("edit/partner-cities/" + SLUG, "en", CityEditView.class);
        @SuppressWarnings("unchecked")
        Select<RelationStatus> status =
                $(Select.class, editor).withLabel("Status").single();
        test(status).selectItem("suspended");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(CityEditView.class);
        TextArea note = $(TextArea.class, editor).withClassName("status-note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("needs a note");

        test(note).setValue("Suspended by the council until further notice");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PartnerCityView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Suspended by the council until further notice", "suspended");
    }

    @Test
    @WithUserDetails("editor")
    void onlyPdfsOfAtMostTenMegabytesAreKept() {
        assertThatThrownBy(() -> records.upload(SLUG, "vertrag.pdf", "<html>not a pdf".getBytes()))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("cities.document.error.type"));
        byte[] big = new byte[PartnershipRecordService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> records.upload(SLUG, "gross.pdf", big))
                .isInstanceOfSatisfying(
                        ContentEditException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("cities.document.error.too-big"));
        assertThatThrownBy(() -> records.upload(SLUG, "leer.pdf", new byte[0]))
                .isInstanceOf(ContentEditException.class);

        long id = records.upload(SLUG, "C:\\Akten\\Partnerschaftsurkunde 1975.pdf", PDF);
        PartnershipRecord record =
                records.find(SLUG, readers.current(Locale.GERMAN)).orElseThrow();
        assertThat(record.documents()).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("Partnerschaftsurkunde 1975.pdf");
            assertThat(document.byteSize()).isEqualTo(PDF.length);
            assertThat(document.uploadedBy()).isEqualTo("editor");
        });
        assertThat(records.document(SLUG, id, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .data())
                .isEqualTo(PDF);
        assertThat(records.document("cambridge", id, readers.current(Locale.GERMAN)))
                .as("a document only at its own city's address")
                .isEmpty();

        PartnerCityView page = navigateWithLanguage("partner-cities/" + SLUG, "de", PartnerCityView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Partnerschaftsurkunde 1975.pdf");
        test($(Button.class, page).withClassName("remove-document").single()).click();
        PartnershipRecord afterRemoval =
                records.find(SLUG, readers.current(Locale.GERMAN)).orElseThrow();
        assertThat(afterRemoval.documents()).isEmpty();
        assertThat(afterRemoval.removedDocuments()).singleElement().satisfies(removed -> {
            assertThat(removed.removedBy()).isEqualTo("editor");
            assertThat(removed.removedAt()).isNotNull();
        });
        assertThat(records.document(SLUG, id, readers.current(Locale.GERMAN)))
                .as("not served while removed")
                .isEmpty();

        // undone at once from the message
        test($(Button.class, $(Notification.class).last())
                        .withClassName("undo-remove")
                        .single())
                .click();
        assertThat(records.find(SLUG, readers.current(Locale.GERMAN)).orElseThrow())
                .satisfies(restored -> {
                    assertThat(restored.documents()).hasSize(1);
                    assertThat(restored.removedDocuments()).isEmpty();
                });

        // or restored later from the removed documents on the page
        records.remove(SLUG, id);
        page = navigateWithLanguage("partner-cities/" + SLUG, "en", PartnerCityView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Removed documents (1)", "removed on", "by editor");
        test($(Button.class, page).withClassName("restore-document").single()).click();
        assertThat(records.document(SLUG, id, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .data())
                .isEqualTo(PDF);
        assertThatThrownBy(() -> records.restore(SLUG, id))
                .as("only a removed document is restored")
                .isInstanceOf(ContentEditException.class);
    }

    @Test
    @WithUserDetails("editor")
    void theSeedStartsAStatusHistoryOnlyWhereThereIsNone() {
        assertThat(records.startStatusHistory("simferopol", "aktuell weitgehend ruhend"))
                .as("loaded with the city already")
                .isFalse();
        assertThat(records.startStatusHistory(SLUG, "lebendig seit 1975")).isTrue();
        assertThat(records.startStatusHistory(SLUG, "lebendig seit 1975")).isFalse();
        assertThat(records.find(SLUG, readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .statusHistory())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(RelationStatus.ACTIVE);
                    assertThat(entry.note()).isEqualTo("lebendig seit 1975");
                });
    }

    @Test
    void fileNamesLoseTheirPathAndEndInPdf() {
        assertThat(PartnershipRecordService.fileName("/tmp/../x/vertrag")).isEqualTo("vertrag.pdf");
        assertThat(PartnershipRecordService.fileName(null)).isEqualTo("document.pdf");
        assertThat(PartnershipRecordService.isPdf("%PDF-".getBytes())).isTrue();
        assertThat(PartnershipRecordService.isPdf("%PDF".getBytes())).isFalse();
    }

    /** The status history as city staff read it, from a test running as someone else. */
    private List<PartnershipRecord.StatusEntry> historyAsStaff(String slug) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext staff = SecurityContextHolder.createEmptyContext();
        staff.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff", null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        SecurityContextHolder.setContext(staff);
        try {
            return records.find(slug, readers.current(Locale.GERMAN))
                    .orElseThrow()
                    .statusHistory();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
