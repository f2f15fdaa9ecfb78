package de.heidelberg.partnerportal.contact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A contact as a card: name, office, address, phone, responsibilities, vCard download. */
public class ContactCard extends Div {

    public ContactCard(ContactView contact) {
        this(contact, false);
    }

    /**
     * @param ownPage on the contact's own page the name is the page's heading (h1) rather than a link to the
     *     page itself
     */
    public ContactCard(ContactView contact, boolean ownPage) {
        addClassNames("card", "contact-card");
        if (!contact.active()) {
            addClassName("former");
        }
        add(
                ownPage
                        ? new H1(contact.name())
                        : new H3(new Anchor(ContentType.CONTACT.path() + "/" + contact.slug(), contact.name())));
        if (!contact.active()) {
            Span former = new Span(getTranslation("contacts.former.badge"));
            former.addClassNames("badge", "badge-muted");
            add(former);
        }
        add(paragraph("office", ContentText.inline(contact.office())));
        if (!contact.postalAddress().isEmpty()) {
            add(paragraph("address", new Span(contact.postalAddress())));
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            Anchor phone = new Anchor("tel:" + contact.phone().replaceAll("[^0-9+]", ""), contact.phone());
            add(paragraph("phone", new Span(getTranslation("contacts.phone") + " "), phone));
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            add(paragraph("email", new Anchor("mailto:" + contact.email(), contact.email())));
        }
        if (!contact.responsibilities().isEmpty()) {
            add(paragraph("responsibilities", ContentText.inline(contact.responsibilities())));
        }
        if (!contact.internalNote().isEmpty()) {
            Paragraph note = paragraph("internal-note", ContentText.inline(contact.internalNote()));
            note.getElement().setAttribute("title", getTranslation("content.internal"));
            add(note);
        }
        Anchor vcard = new Anchor("/api/contacts/" + contact.slug() + ".vcf", getTranslation("contacts.vcard"));
        vcard.getElement().setAttribute("download", contact.slug() + ".vcf");
        vcard.getElement().setAttribute("router-ignore", true);
        vcard.addClassName("vcard-link");
        add(vcard);
        Anchor edit = ContentPage.editLink(
                ContentType.CONTACT, contact.slug(), "contacts.edit", "contacts.translate", "edit-contact");
        if (edit != null) {
            add(edit);
        }
    }

    /** Contacts as a grid of cards under a heading; null when there are none. */
    public static @Nullable Section section(String heading, List<ContactView> contacts) {
        if (contacts.isEmpty()) {
            return null;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        contacts.forEach(contact -> cards.add(new ContactCard(contact)));
        return new Section(new H2(heading), cards);
    }

    private static Paragraph paragraph(String className, com.vaadin.flow.component.Component... content) {
        Paragraph paragraph = new Paragraph(content);
        paragraph.addClassName(className);
        return paragraph;
    }
}
