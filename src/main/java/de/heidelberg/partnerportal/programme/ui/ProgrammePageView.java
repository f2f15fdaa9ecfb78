package de.heidelberg.partnerportal.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.contact.ContactCard;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;

/** One programme: summary, text, since when, the cities taking part, contacts. */
@Route("programmes")
@RolesAllowed({"STAFF", "PARTNER"})
public class ProgrammePageView extends ContentPage implements HasUrlParameter<String> {

    private final ProgrammeService programmes;
    private final ContactService contacts;
    private final Readers readers;

    public ProgrammePageView(ProgrammeService programmes, ContactService contacts, Readers readers) {
        super(ContentType.PROGRAMME, "nav.programmes");
        this.programmes = programmes;
        this.contacts = contacts;
        this.readers = readers;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Reader reader = readers.current(getLocale());
        ProgrammeView programme = programmes.findBySlug(slug, reader).orElseThrow(NotFoundException::new);
        setPageHeading(programme.title().text());
        removeAll();
        add(ContentText.into(new H1(), programme.title()));
        addEditAction(slug, "action.edit");
        Paragraph summary = ContentText.into(new Paragraph(), programme.summary());
        summary.addClassName("lead");
        add(summary);
        if (programme.sinceYear() != null) {
            Paragraph since = new Paragraph(getTranslation("programmes.since", String.valueOf(programme.sinceYear())));
            since.addClassName("card-meta");
            add(since);
        }
        addInternalNote(programme.internalNote());
        add(ContentText.block(programme.body()));
        if (!programme.cities().isEmpty()) {
            Div list = new Div();
            list.addClassName("link-list");
            programme.cities().forEach(link -> list.add(ContentText.into(new Anchor(link.url(), ""), link.title())));
            add(new Section(new H2(getTranslation("programmes.cities")), list));
        }
        addIfPresent(ContactCard.section(
                getTranslation("content.contacts"), contacts.findByIds(programme.contactIds(), reader)));
    }
}
