package de.heidelberg.partnerportal.contact.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.contact.ContactCard;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.ContactView;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;

/** One contact at {@code /contacts/{slug}}: where search results and links to a contact lead. */
@Route("contacts")
@RolesAllowed({"STAFF", "PARTNER"})
public class ContactPageView extends ContentPage implements HasUrlParameter<String> {

    private final ContactService contacts;
    private final Readers readers;

    public ContactPageView(ContactService contacts, Readers readers) {
        super(ContentType.CONTACT, "nav.contacts");
        this.contacts = contacts;
        this.readers = readers;
        addClassName("contact-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        ContactView contact =
                contacts.findBySlug(slug, readers.current(getLocale())).orElseThrow(NotFoundException::new);
        setPageHeading(contact.name());
        removeAll();
        add(new ContactCard(contact, true));
    }
}
