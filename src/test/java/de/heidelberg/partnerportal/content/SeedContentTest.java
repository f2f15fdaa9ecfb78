package de.heidelberg.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.city.CityDetail;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.RelationCounts;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.city.RelationType;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.ContactView;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.network.NetworkView;
import de.heidelberg.partnerportal.news.NewsDetail;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.news.NewsSummary;
import de.heidelberg.partnerportal.page.SiteTextService;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The demo content is complete in every language, and its facts are the seed pages' facts. */
@PortalTest
@WithMockUser(roles = "STAFF")
class SeedContentTest {

    @Autowired
    Readers readers;

    @Autowired
    CityService cities;

    @Autowired
    NetworkService networks;

    @Autowired
    ContactService contacts;

    @Autowired
    NewsService news;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    SiteTextService siteTexts;

    @ParameterizedTest
    @ValueSource(strings = {"de", "en", "fr"})
    void everyItemExistsInEveryLanguageWithoutFallback(String language) {
        Reader reader = reader(language);
        List<LocalizedText> texts = new ArrayList<>();
        for (CitySummary summary : cities.findAll(reader)) {
            CityDetail city = cities.findBySlug(summary.slug(), reader).orElseThrow();
            texts.add(summary.name());
            texts.add(city.description());
            city.focusAreas().forEach(area -> {
                texts.add(area.title());
                texts.addAll(area.items());
            });
        }
        for (NetworkView network : networks.findAll(reader)) {
            texts.add(network.name());
            texts.add(network.description());
            network.roles().forEach(role -> texts.add(role.role()));
        }
        for (ContactView contact : contacts.findAll(reader)) {
            texts.add(contact.office());
        }
        for (NewsSummary item : news.find(NewsFilter.ALL, reader, 0, 100)) {
            NewsDetail detail = news.findBySlug(item.slug(), reader).orElseThrow();
            texts.addAll(List.of(item.title(), item.teaser(), detail.body()));
        }
        for (ProgrammeView programme : programmes.findAll(reader)) {
            texts.addAll(List.of(programme.title(), programme.summary(), programme.body()));
        }
        Stream.of(SiteTextService.Key.values()).forEach(key -> {
            var text = siteTexts.find(key, reader).orElseThrow();
            texts.addAll(List.of(text.title(), text.body()));
        });

        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(texts).allSatisfy(text -> {
            assertThat(text.isEmpty()).as("empty text").isFalse();
            assertThat(text.fallback()).as("fallback for %s", text.text()).isFalse();
            assertThat(text.language()).isEqualTo(language);
        });
    }

    @Test
    void countsComeFromTheData() {
        RelationCounts counts = cities.counts(reader("de"));
        assertThat(counts).isEqualTo(new RelationCounts(8, 1, 2));
        List<CitySummary> all = cities.findAll(reader("de"));
        assertThat(all)
                .filteredOn(c -> c.relation() == RelationType.PARTNERSHIP)
                .extracting(CitySummary::slug)
                .containsExactlyInAnyOrder(
                        "bautzen",
                        "cambridge",
                        "hangzhou",
                        "kumamoto",
                        "montpellier",
                        "odessa",
                        "palo-alto",
                        "rehovot",
                        "simferopol");
        assertThat(city("simferopol").summary().status()).isEqualTo(RelationStatus.DORMANT);
        assertThat(city("mostar").summary().status()).isEqualTo(RelationStatus.FORMER);
    }

    @Test
    void partnershipDatesAreTheSeedsDates() {
        assertThat(city("montpellier").summary().since().year()).isEqualTo(1961);
        assertThat(city("palo-alto").summary().since().date()).isEqualTo(LocalDate.of(2017, 9, 28));
        assertThat(city("cambridge").summary().since().year()).isEqualTo(1965);
        assertThat(city("hangzhou").summary().since().isKnown())
                .as("not in the seeds: stays empty")
                .isFalse();
    }

    @Test
    void cambridgeHasItsFocusAreasAndDistancesAreComputed() {
        CityDetail cambridge = city("cambridge");
        assertThat(cambridge.focusAreas()).hasSize(4);
        assertThat(cambridge.focusAreas().getFirst().items())
                .extracting(LocalizedText::text)
                .contains("Stadtverwaltung / Verwaltungspraktika");
        assertThat(cambridge.summary().distanceKm()).isBetween(600L, 720L);
        assertThat(city("montpellier").summary().distanceKm()).isBetween(700L, 800L);
    }

    @Test
    void formerContactsAndTheOlderOfficeNameAreHistory() {
        List<ContactView> all = contacts.findAll(reader("de"));
        assertThat(all)
                .filteredOn(ContactView::active)
                .extracting(ContactView::slug)
                .contains("anna-seitz", "emilie-glesmann", "lisa-guethermann");
        ContactView former = all.stream()
                .filter(c -> c.slug().equals("malena-arnold"))
                .findFirst()
                .orElseThrow();
        assertThat(former.active()).isFalse();
        assertThat(former.office().text()).contains("Internationale Beziehungen");
    }

    @Test
    void newsAreNewestFirstAndTheNetworkRolesAreDated() {
        List<NewsSummary> items = news.find(NewsFilter.ALL, reader("de"), 0, 100);
        assertThat(items.getFirst().date()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(items).extracting(NewsSummary::year).isSortedAccordingTo((a, b) -> b - a);
        NetworkView energyCities =
                networks.findBySlug("energy-cities", reader("de")).orElseThrow();
        assertThat(energyCities.roles()).extracting(NetworkView.RoleView::from).contains("2006", "2023-10");
        assertThat(networks.findBySlug("klima-buendnis", reader("en"))
                        .orElseThrow()
                        .name()
                        .text())
                .contains("Climate Alliance");
        assertThat(networks.findBySlug("klima-buendnis", reader("fr"))
                        .orElseThrow()
                        .name()
                        .text())
                .contains("Alliance pour le Climat");
    }

    private CityDetail city(String slug) {
        return cities.findBySlug(slug, reader("de")).orElseThrow();
    }

    private Reader reader(String language) {
        return readers.current(Locale.forLanguageTag(language));
    }
}
