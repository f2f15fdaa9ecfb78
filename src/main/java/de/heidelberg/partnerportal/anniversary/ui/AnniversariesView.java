package de.heidelberg.partnerportal.anniversary.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.anniversary.AnniversaryService;
import de.heidelberg.partnerportal.anniversary.ComingJubilees;
import de.heidelberg.partnerportal.anniversary.Jubilee;
import de.heidelberg.partnerportal.anniversary.JubileeItem;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The partnerships' round anniversaries of the next ten years, by year, for planning: city staff only. */
@Route(ComingJubilees.PATH)
@RolesAllowed(Role.Names.STAFF)
@Menu(title = "nav.anniversaries", order = 58, icon = "vaadin:calendar-clock")
public class AnniversariesView extends Main implements HasDynamicTitle {

    static final int YEARS = 10;

    public AnniversariesView(AnniversaryService anniversaries, Readers readers, Clock clock) {
        addClassNames("page", "anniversaries-page");
        LocalDate today = LocalDate.now(clock.withZone(LocalizedFormats.ZONE));
        add(new H1(getTranslation("anniversaries.title")));
        Paragraph intro = new Paragraph(getTranslation("anniversaries.intro", AnniversaryService.STEP, YEARS));
        intro.addClassName("lead");
        add(intro);
        List<Jubilee> all = anniversaries.upcoming(readers.current(getLocale()), today, YEARS * 12);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("anniversaries.none")));
            return;
        }
        Map<Integer, List<Jubilee>> byYear =
                all.stream().collect(Collectors.groupingBy(Jubilee::year, TreeMap::new, Collectors.toList()));
        byYear.forEach((year, jubilees) -> {
            UnorderedList list = new UnorderedList();
            list.addClassName("jubilees");
            jubilees.forEach(jubilee -> list.add(new JubileeItem(jubilee)));
            Section section = new Section(new H2(String.valueOf(year)), list);
            section.addClassName("jubilee-year");
            add(section);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.anniversaries") + " – " + getTranslation("app.name");
    }
}
