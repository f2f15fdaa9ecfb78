package de.heidelberg.partnerportal.seed;

import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.NewCity;
import de.heidelberg.partnerportal.city.Since;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.NewContact;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.network.NewNetwork;
import de.heidelberg.partnerportal.news.NewNews;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.page.SiteTextService;
import de.heidelberg.partnerportal.programme.NewProgramme;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.visit.NewVisit;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import de.heidelberg.partnerportal.visit.VisitService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes the demo content file into the database through the features' services. Each kind of
 * content is loaded only while its table is empty, so loading is idempotent.
 */
@Component
class SeedImporter {

    static final String RESOURCE = "seed/heidelberg.yaml";
    private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

    private final ContactService contacts;
    private final CityService cities;
    private final NetworkService networks;
    private final NewsService news;
    private final ProgrammeService programmes;
    private final SiteTextService siteTexts;
    private final VisitService visits;

    SeedImporter(
            ContactService contacts,
            CityService cities,
            NetworkService networks,
            NewsService news,
            ProgrammeService programmes,
            SiteTextService siteTexts,
            VisitService visits) {
        this.contacts = contacts;
        this.cities = cities;
        this.networks = networks;
        this.news = news;
        this.programmes = programmes;
        this.siteTexts = siteTexts;
        this.visits = visits;
    }

    static SeedContent read() {
        try (InputStream in = SeedImporter.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, SeedContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Loads what is missing; the caller runs this with editor rights. */
    void importMissing(SeedContent content) {
        if (contacts.count() == 0) {
            content.contacts()
                    .forEach(c -> contacts.create(new NewContact(
                            c.slug(),
                            c.kind(),
                            c.name(),
                            c.office(),
                            c.responsibilities(),
                            c.street(),
                            c.postalCode(),
                            c.city(),
                            c.phone(),
                            null,
                            c.active())));
            log.info("Loaded {} contacts", content.contacts().size());
        }
        if (cities.count() == 0) {
            for (SeedContent.City c : content.cities()) {
                cities.create(new NewCity(
                        c.slug(),
                        c.name(),
                        c.country(),
                        c.region(),
                        c.relation(),
                        c.status(),
                        Since.parse(c.since()),
                        c.sinceNote(),
                        c.latitude(),
                        c.longitude(),
                        c.description(),
                        list(c.focusAreas()).stream()
                                .map(f -> new NewCity.Focus(f.title(), f.items()))
                                .toList(),
                        ids(c.contacts(), contacts::idsBySlug, "contact", c.slug())));
            }
            log.info(
                    "Loaded {} partner cities and friendly relations",
                    content.cities().size());
        }
        if (networks.count() == 0) {
            for (SeedContent.Network n : content.networks()) {
                networks.create(new NewNetwork(
                        n.slug(),
                        n.name(),
                        n.kind(),
                        n.size(),
                        n.description(),
                        list(n.roles()).stream()
                                .map(r -> new NewNetwork.Role(r.from(), r.to(), r.role()))
                                .toList(),
                        ids(n.contacts(), contacts::idsBySlug, "contact", n.slug())));
            }
            log.info("Loaded {} networks", content.networks().size());
        }
        if (news.count() == 0) {
            for (SeedContent.News n : content.news()) {
                news.create(new NewNews(
                        n.slug(),
                        n.date(),
                        n.year(),
                        n.title(),
                        n.teaser(),
                        n.body(),
                        n.imageCaption(),
                        n.imageAlt(),
                        new HashSet<>(ids(n.cities(), cities::idsBySlug, "city", n.slug())),
                        new HashSet<>(ids(n.networks(), networks::idsBySlug, "network", n.slug())),
                        true));
            }
            log.info("Loaded {} news items", content.news().size());
        }
        if (programmes.count() == 0) {
            for (SeedContent.Programme p : content.programmes()) {
                programmes.create(new NewProgramme(
                        p.slug(),
                        p.title(),
                        p.summary(),
                        p.body(),
                        p.since() == null ? null : Integer.valueOf(p.since().substring(0, 4)),
                        ids(p.contacts(), contacts::idsBySlug, "contact", p.slug()),
                        new HashSet<>(ids(p.cities(), cities::idsBySlug, "city", p.slug()))));
            }
            log.info("Loaded {} programmes", content.programmes().size());
        }
        if (visits.count() == 0) {
            list(content.visits()).forEach(this::visit);
            log.info("Loaded {} visits", list(content.visits()).size());
        }
        siteText(SiteTextService.Key.OVERVIEW, content.overview());
        siteText(SiteTextService.Key.NETWORKS_INTRO, content.networksIntro());
    }

    private void visit(SeedContent.Visit v) {
        SeedContent.GoldenBook book = v.goldenBook();
        visits.create(new NewVisit(
                v.slug(),
                v.title(),
                v.purpose(),
                v.kind(),
                v.direction(),
                v.state(),
                v.start(),
                v.end(),
                v.place(),
                one(v.city(), cities::idsBySlug, "city", v.slug()),
                one(v.network(), networks::idsBySlug, "network", v.slug()),
                list(v.people()).stream()
                        .map(p -> new VisitPersonEdit(p.name(), p.function(), p.city(), p.country(), null))
                        .toList(),
                book == null ? null : book.date(),
                book == null ? null : book.signers(),
                new HashSet<>(ids(v.news(), news::idsBySlug, "news", v.slug()))));
    }

    private static @Nullable Long one(
            @Nullable String slug,
            Function<Collection<String>, Map<String, Long>> lookup,
            String kind,
            String referrer) {
        return slug == null ? null : ids(List.of(slug), lookup, kind, referrer).getFirst();
    }

    private void siteText(SiteTextService.Key key, SeedContent.PageText text) {
        if (!siteTexts.exists(key)) {
            siteTexts.create(key, text.title(), text.body());
        }
    }

    /** Ids for slugs, in their order; an unknown slug is an error in the file. */
    private static List<Long> ids(
            @Nullable List<String> slugs,
            Function<Collection<String>, Map<String, Long>> lookup,
            String kind,
            String referrer) {
        List<String> wanted = list(slugs);
        Map<String, Long> found = lookup.apply(wanted);
        return wanted.stream()
                .map(slug -> {
                    Long id = found.get(slug);
                    if (id == null) {
                        throw new IllegalStateException(
                                RESOURCE + ": " + referrer + " refers to unknown " + kind + " '" + slug + "'");
                    }
                    return id;
                })
                .toList();
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
