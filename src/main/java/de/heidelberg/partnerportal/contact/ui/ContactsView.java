package de.heidelberg.partnerportal.contact.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.contact.ContactCard;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.ContactView;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The office's contacts: current ones first, former ones (and the older office name) after. */
@Route("contacts")
@RolesAllowed({"STAFF", "PARTNER"})
@Menu(title = "nav.contacts", order = 30, icon = "vaadin:user-card")
public class ContactsView extends ContentPage {

    public ContactsView(ContactService contacts, Readers readers) {
        super(ContentType.CONTACT, "nav.contacts");
        List<ContactView> all = contacts.findAll(readers.current(getLocale()));
        add(new H1(getTranslation("nav.contacts")));
        addEditAction(EditChecks.NEW, "contacts.new");
        addIfPresent(ContactCard.section(
                getTranslation("contacts.current"),
                all.stream().filter(ContactView::active).toList()));
        addIfPresent(ContactCard.section(
                getTranslation("contacts.former"),
                all.stream().filter(contact -> !contact.active()).toList()));
    }
}
