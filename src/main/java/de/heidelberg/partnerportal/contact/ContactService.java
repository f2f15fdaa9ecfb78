package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts for readers (published only for most; internal notes for staff) and for editors. */
@Service
public class ContactService {

    private final ContactRepository contacts;
    private final SupportedLanguages languages;

    ContactService(ContactRepository contacts, SupportedLanguages languages) {
        this.contacts = contacts;
        this.languages = languages;
    }

    /** Current contacts first, then former ones. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContactView> findAll(Reader reader) {
        return contacts.findAllByOrderByActiveDescPositionAsc().stream()
                .filter(reader::mayRead)
                .map(contact -> view(contact, reader))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<ContactView> findBySlug(String slug, Reader reader) {
        return contacts.findBySlug(slug)
                .filter(reader::mayRead)
                .map(contact -> view(contact, reader));
    }

    /** The contacts with these ids, in this order, that the reader may see. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContactView> findByIds(List<Long> ids, Reader reader) {
        Map<Long, Contact> byId = contacts.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Contact::getId, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .filter(reader::mayRead)
                .map(contact -> view(contact, reader))
                .toList();
    }

    /** Ids of contacts by slug, for references from other content. */
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return contacts.findBySlugIn(slugs).stream().collect(Collectors.toMap(Contact::getSlug, Contact::getId));
    }

    @Transactional(readOnly = true)
    public long count() {
        return contacts.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewContact contact) {
        int position = (int) contacts.count();
        return contacts.save(new Contact(contact, languages.source().getLanguage(), position)).getId();
    }

    private ContactView view(Contact contact, Reader reader) {
        return new ContactView(
                contact.getId(),
                contact.getSlug(),
                contact.getKind(),
                contact.getName(),
                reader.text(contact.getOffice()),
                reader.text(contact.getResponsibilities()),
                contact.getStreet(),
                contact.getPostalCode(),
                contact.getCity(),
                contact.getPhone(),
                contact.getEmail(),
                contact.isActive(),
                reader.internal(contact.getInternalNote()));
    }
}
