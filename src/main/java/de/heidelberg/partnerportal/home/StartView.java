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
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.security.PortalUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** The page after sign-in: a greeting, today's date and the sections this user may open. */
@Route("")
@PermitAll
@Menu(title = "nav.start", order = 0, icon = "vaadin:home")
public class StartView extends Main implements HasDynamicTitle {

    public StartView(AuthenticationContext authentication, PortalProperties properties, Clock clock) {
        addClassNames("page", "start-page");
        String name = authentication.getAuthenticatedUser(PortalUser.class)
                .map(PortalUser::displayName)
                .or(authentication::getPrincipalName)
                .orElse("");
        LocalDate today = LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
        Paragraph date = new Paragraph(LocalizedFormats.date(today, getTranslation("format.dateLong"), getLocale()));
        date.addClassName("today");
        Paragraph intro = new Paragraph(getTranslation("start.intro", properties.homeCity().name()));
        intro.addClassName("lead");
        add(date, new H1(getTranslation("start.greeting", name)), intro);

        Div links = new Div();
        links.addClassName("quick-links");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!entry.path().isEmpty() && !entry.path().equals("/")) {
                Anchor link = new Anchor(entry.path(), getTranslation(entry.title()));
                link.addClassName("quick-link");
                links.add(link);
            }
        }
        if (links.getComponentCount() > 0) {
            Section section = new Section(new H2(getTranslation("start.quick-links")), links);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.start") + " – " + getTranslation("app.name");
    }
}
