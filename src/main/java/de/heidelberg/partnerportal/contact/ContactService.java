package de.heidelberg.partnerportal.contact;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts for readers (published only for most; internal notes for staff), for editors and translators, and as links for other features. */
@Service
public class ContactService extends ContentEditingService<Contact, ContactEdit> implements ContentCatalog {

    private static final Pattern PHONE = Pattern.compile("[0-9+()/ .-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ContactRepository contacts;

    ContactService(ContactRepository contacts, EditingSupport support) {
        super(ContentType.CONTACT, contacts, support);
        this.contacts = contacts;
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
        return contacts.findBySlug(slug).filter(reader::mayRead).map(contact -> view(contact, reader));
    }

    /** The contacts with these ids, in this order, that the reader may see. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContactView> findByIds(List<Long> ids, Reader reader) {
        Map<Long, Contact> byId =
                contacts.findByIdIn(ids).stream().collect(Collectors.toMap(Contact::getId, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .filter(reader::mayRead)
                .map(contact -> view(contact, reader))
                .toList();
    }

    /** Ids of contacts by slug, for references from other content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return contacts.findBySlugIn(slugs).stream().collect(Collectors.toMap(Contact::getSlug, Contact::getId));
    }

    /** How many items there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return contacts.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewContact contact) {
        int position = (int) contacts.count();
        return contacts.save(new Contact(contact, languages.source().getLanguage(), position))
                .getId();
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        return contacts.findByIdIn(ids).stream()
                .filter(reader::mayRead)
                .map(contact -> link(contact, reader))
                .toList();
    }

    /** Every contact the reader may see, by name. */
    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> all(Reader reader) {
        Collator collator = Collator.getInstance(reader.locale());
        return contacts.findAll().stream()
                .filter(reader::mayRead)
                .sorted(Comparator.comparing(Contact::getName, collator))
                .map(contact -> link(contact, reader))
                .toList();
    }

    private static ContentLink link(Contact contact, Reader reader) {
        // a name is the same in every language
        return new ContentLink(
                ContentType.CONTACT,
                contact.getId(),
                contact.getSlug(),
                new LocalizedText(contact.getName(), reader.locale().getLanguage(), false, false));
    }

    @Override
    protected ContactEdit emptyForm() {
        return new ContactEdit();
    }

    @Override
    protected void fill(ContactEdit edit, Contact contact) {
        edit.setKind(contact.getKind());
        edit.setName(contact.getName());
        edit.setOffice(TextEdit.of(contact.getOffice()));
        edit.setResponsibilities(TextEdit.of(contact.getResponsibilities()));
        edit.setStreet(orEmpty(contact.getStreet()));
        edit.setPostalCode(orEmpty(contact.getPostalCode()));
        edit.setCity(orEmpty(contact.getCity()));
        edit.setPhone(orEmpty(contact.getPhone()));
        edit.setEmail(orEmpty(contact.getEmail()));
        edit.setActive(contact.isActive());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(Contact contact) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(ContactEdit.OFFICE, contact.getOffice());
        texts.put(ContactEdit.RESPONSIBILITIES, contact.getResponsibilities());
        return texts;
    }

    @Override
    protected String title(Contact contact, Reader reader) {
        return contact.getName();
    }

    @Override
    protected void check(ContactEdit edit, String source) {
        if (edit.getKind() == null) {
            throw ContentEditException.forField("edit.error.field-required", ContactEdit.KIND);
        }
        plain(edit.getName(), ContactEdit.NAME, ContactEdit.NAME_LENGTH, true);
        EditChecks.required(edit.getOffice(), source, ContactEdit.OFFICE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(
                edit.getResponsibilities(), source, ContactEdit.RESPONSIBILITIES, TranslatedText.MAX_LENGTH);
        plain(edit.getStreet(), ContactEdit.STREET, ContactEdit.STREET_LENGTH, false);
        plain(edit.getPostalCode(), ContactEdit.POSTAL_CODE, ContactEdit.POSTAL_CODE_LENGTH, false);
        plain(edit.getCity(), ContactEdit.CITY, ContactEdit.CITY_LENGTH, false);
        plain(edit.getPhone(), ContactEdit.PHONE, ContactEdit.PHONE_LENGTH, false);
        plain(edit.getEmail(), ContactEdit.EMAIL, ContactEdit.EMAIL_LENGTH, false);
        if (!isPhone(edit.getPhone())) {
            throw new ContentEditException("contacts.error.phone");
        }
        if (!isEmail(edit.getEmail())) {
            throw new ContentEditException("contacts.error.email");
        }
    }

    /** Whether a phone number or e-mail address can be stored (for the form's own checks). */
    public static boolean isPhone(@Nullable String phone) {
        return isBlank(phone) || PHONE.matcher(phone.strip()).matches();
    }

    public static boolean isEmail(@Nullable String email) {
        return isBlank(email) || EMAIL.matcher(email.strip()).matches();
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static void plain(@Nullable String value, FieldKey fieldKey, int maxLength, boolean required) {
        if (required && isBlank(value)) {
            throw ContentEditException.forField("edit.error.field-required", fieldKey);
        }
        if (value != null && value.strip().length() > maxLength) {
            throw ContentEditException.forField("edit.error.too-long", fieldKey, maxLength);
        }
    }

    @Override
    protected Contact create(ContactEdit edit, String source) {
        return new Contact(edit, source, (int) contacts.count());
    }

    @Override
    protected void apply(Contact contact, ContactEdit edit, String source) {
        contact.apply(edit, source);
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
