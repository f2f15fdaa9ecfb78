package de.heidelberg.partnerportal.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.visit.GoldenBookEntry;
import de.heidelberg.partnerportal.visit.VisitService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The entries in the city's Golden Book, the latest first, each with the visit it was made at. */
@Route(GoldenBookView.ROUTE)
@RolesAllowed(Role.Names.STAFF)
public class GoldenBookView extends ContentPage {

    static final String ROUTE = "golden-book";
    public static final String PATH = "/" + ROUTE;

    public GoldenBookView(VisitService visits, Readers readers) {
        super(VisitService.TYPE, "nav.visits");
        setPageHeading(getTranslation("nav.golden-book"));
        add(new H1(getTranslation("nav.golden-book")));
        Paragraph intro = new Paragraph(getTranslation("visits.golden-book.intro"));
        intro.addClassName("lead");
        add(intro);
        List<GoldenBookEntry> entries = visits.goldenBook(readers.current(getLocale()));
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("visits.golden-book.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("golden-book");
        for (GoldenBookEntry entry : entries) {
            Span date = new Span(LocalizedFormats.date(entry.date(), getTranslation("format.date"), getLocale()));
            date.addClassName("visit-dates");
            Span signers = new Span(entry.signers());
            signers.addClassName("golden-book-signers");
            Anchor visit = ContentText.into(
                    new Anchor(entry.visit().url(), ""), entry.visit().title());
            ListItem item = new ListItem(date, signers, visit);
            item.addClassName("golden-book-entry");
            list.add(item);
        }
        add(list);
    }
}
