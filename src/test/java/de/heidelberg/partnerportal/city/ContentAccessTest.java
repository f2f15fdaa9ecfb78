package de.heidelberg.partnerportal.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.search.SearchHit;
import de.heidelberg.partnerportal.search.SearchService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Internal notes reach city staff only; unpublished items reach editors only; in pages and in search. */
@PortalTest
class ContentAccessTest {

    @Autowired
    CityService cities;

    @Autowired
    CityRepository repository;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SearchService search;

    @BeforeEach
    void giveCambridgeAnInternalNoteAndHideBautzen() {
        transactions.executeWithoutResult(status -> {
            repository
                    .findBySlug("cambridge")
                    .orElseThrow()
                    .setInternalNote(TranslatedText.of(
                            "de",
                            Map.of(
                                    "de",
                                    "Nur intern: Delegationsreise 2026 in Planung",
                                    "en",
                                    "Internal only: delegation trip 2026")));
            repository.findBySlug("bautzen").orElseThrow().setPublished(false);
        });
    }

    @AfterEach
    void restore() {
        transactions.executeWithoutResult(status -> {
            repository.findBySlug("cambridge").orElseThrow().setInternalNote(null);
            repository.findBySlug("bautzen").orElseThrow().setPublished(true);
        });
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void aPartnerNeverReceivesInternalFieldsOrUnpublishedItems() {
        Reader partner = readers.current(Locale.ENGLISH);
        assertThat(partner.seesInternal()).isFalse();
        CityDetail cambridge = cities.findBySlug("cambridge", partner).orElseThrow();
        assertThat(cambridge.internalNote().isEmpty()).isTrue();
        assertThat(cambridge.toString()).doesNotContain("Internal only").doesNotContain("Nur intern");
        assertThat(cities.findBySlug("bautzen", partner)).isEmpty();
        assertThat(cities.findAll(partner)).extracting(CitySummary::slug).doesNotContain("bautzen");
        assertThat(cities.counts(partner).activePartnerships()).isEqualTo(7);
        assertThat(search.search("Delegationsreise", partner, 10, Optional.empty())
                        .total())
                .isZero();
        assertThat(search.search("Bautzen", partner, 50, Optional.empty()).hits())
                .extracting(SearchHit::id)
                .doesNotContain("bautzen");
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void aReaderNeverHasMoreRightsThanTheUser() {
        // readers are only made from the signed-in user's roles; the ones taking rights away cannot add any
        Reader crafted = readers.current(Locale.ENGLISH).publishedOnly();
        assertThat(crafted.seesInternal()).isFalse();
        assertThat(crafted.seesUnpublished()).isFalse();
        assertThat(cities.findBySlug("cambridge", crafted)
                        .orElseThrow()
                        .internalNote()
                        .isEmpty())
                .isTrue();
        assertThat(cities.findBySlug("bautzen", crafted)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffSeeInternalNotesButNotUnpublishedItems() {
        Reader staff = readers.current(Locale.ENGLISH);
        assertThat(cities.findBySlug("cambridge", staff)
                        .orElseThrow()
                        .internalNote()
                        .text())
                .isEqualTo("Internal only: delegation trip 2026");
        assertThat(cities.findBySlug("bautzen", staff)).isEmpty();
        assertThat(search.search("Delegationsreise", staff, 10, Optional.empty())
                        .hits())
                .extracting(SearchHit::id)
                .containsExactly("cambridge");
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "STAFF"})
    void editorsSeeUnpublishedItems() {
        assertThat(cities.findBySlug("bautzen", readers.current(Locale.GERMAN))).isPresent();
        assertThat(search.search("Bautzen", readers.current(Locale.GERMAN), 50, Optional.empty())
                        .hits())
                .extracting(SearchHit::id)
                .contains("bautzen");
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersAreRefusedByTheService() {
        Reader crafted = readers.current(Locale.GERMAN);
        assertThat(crafted.seesInternal()).isFalse();
        assertThatThrownBy(() -> cities.findAll(crafted)).isInstanceOf(AccessDeniedException.class);
    }
}
