package de.heidelberg.partnerportal.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.anniversary.AnniversaryService;
import de.heidelberg.partnerportal.anniversary.ComingJubilees;
import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.RelationCounts;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsList;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.page.SiteTextService;
import de.heidelberg.partnerportal.security.PortalUser;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.visit.VisitList;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitSummary;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The page after sign-in: a greeting, the overview ("Gelebte Völkerverständigung") with the numbers
 * counted from the data, the latest news and the sections this user may open.
 */
@Route("")
@PermitAll
@Menu(title = "nav.start", order = 0, icon = "vaadin:home")
public class StartView extends Main implements HasDynamicTitle {

    private static final int LATEST_NEWS = 3;
    private static final int COMING_VISITS = 5;

    public StartView(
            AuthenticationContext authentication,
            Clock clock,
            Readers readers,
            SiteTextService siteTexts,
            CityService cities,
            NewsService news,
            AnniversaryService anniversaries,
            VisitService visits) {
        addClassNames("page", "start-page");
        String name = authentication
                .getAuthenticatedUser(PortalUser.class)
                .map(PortalUser::displayName)
                .or(authentication::getPrincipalName)
                .orElse("");
        LocalDate today = LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
        Paragraph date = new Paragraph(LocalizedFormats.date(today, getTranslation("format.dateLong"), getLocale()));
        date.addClassName("today");
        add(date, new H1(getTranslation("start.greeting", name)));

        if (authentication.hasAnyRole(Role.Names.STAFF, Role.Names.PARTNER)) {
            Reader reader = readers.current(getLocale());
            Section overview = new Section();
            overview.addClassName("overview");
            siteTexts
                    .find(SiteTextService.Key.OVERVIEW, reader)
                    .ifPresent(text ->
                            overview.add(ContentText.into(new H2(), text.title()), ContentText.block(text.body())));
            overview.add(counts(cities.counts(reader)));
            Anchor edit =
                    ContentPage.editLink(ContentType.PAGE, SiteTextService.Key.OVERVIEW.slug(), "pages.edit-overview");
            if (edit != null) {
                overview.add(edit);
            }
            if (authentication.hasAnyRole(Role.Names.STAFF)) {
                // what the office prepares comes first for its staff: the visits and jubilees ahead
                Div agenda = new Div(
                        comingVisits(visits.coming(today, COMING_VISITS, reader)),
                        new ComingJubilees(anniversaries, reader, today));
                agenda.addClassName("office-agenda");
                add(agenda);
            }
            add(overview);
            var latest = news.latest(NewsFilter.ALL, reader, LATEST_NEWS);
            if (!latest.isEmpty()) {
                Anchor all = new Anchor(ContentType.NEWS.path(), getTranslation("start.all-news"));
                add(new Section(new H2(getTranslation("start.latest-news")), new NewsList(latest), all));
            }
        }
        add(quickLinks());
    }

    /** The visits to come, for city staff: what the office is preparing. */
    private Section comingVisits(List<VisitSummary> coming) {
        Section section = new Section(new H2(getTranslation("start.coming-visits")));
        section.addClassName("coming-visits");
        if (coming.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("start.coming-visits.none"));
            none.addClassName("empty-state");
            section.add(none);
        } else {
            section.add(VisitList.of(coming, this, getLocale()));
        }
        section.add(new Anchor(VisitService.TYPE.path(), getTranslation("start.all-visits")));
        return section;
    }

    private Paragraph counts(RelationCounts counts) {
        Anchor link = new Anchor(
                ContentType.PARTNER_CITY.path(),
                getTranslation(
                        "cities.counts",
                        counts.activePartnerships(),
                        counts.dormantPartnerships(),
                        counts.friendlyRelations()));
        Paragraph paragraph = new Paragraph(link);
        paragraph.addClassName("counts");
        return paragraph;
    }

    private Section quickLinks() {
        Div links = new Div();
        links.addClassName("quick-links");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty() && !entry.path().equals("/")) {
                Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
                link.addClassName("quick-link");
                links.add(link);
            }
        }
        Section section = new Section(new H2(getTranslation("start.quick-links")), links);
        section.setVisible(links.getComponentCount() > 0);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.start") + " – " + getTranslation("app.name");
    }
}
