package de.heidelberg.partnerportal.api;

import de.heidelberg.partnerportal.contact.ContactKind;
import de.heidelberg.partnerportal.contact.ContactService;
import de.heidelberg.partnerportal.contact.ContactView;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.StructuredName;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A contact as a vCard 4.0 file, e.g. {@code /api/contacts/anna-seitz.vcf}. */
@RestController
class VCardController {

    static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

    private final ContactService contacts;
    private final Readers readers;
    private final SupportedLanguages languages;

    VCardController(ContactService contacts, Readers readers, SupportedLanguages languages) {
        this.contacts = contacts;
        this.readers = readers;
        this.languages = languages;
    }

    @GetMapping("/api/contacts/{slug}.vcf")
    ResponseEntity<String> vcard(
            @PathVariable String slug, @RequestParam(name = "lang", required = false) @Nullable String lang) {
        Locale locale = languages.find(lang).orElse(languages.source());
        return contacts.findBySlug(slug, readers.current(locale))
                .map(contact -> ResponseEntity.ok()
                        .contentType(VCARD)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(slug + ".vcf")
                                        .build()
                                        .toString())
                        .body(Ezvcard.write(toVCard(contact))
                                .version(VCardVersion.V4_0)
                                .prodId(false)
                                .go()))
                // through the portal's error answer: the API's JSON
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static VCard toVCard(ContactView contact) {
        VCard card = new VCard();
        card.setKind(contact.kind() == ContactKind.OFFICE ? Kind.org() : Kind.individual());
        card.setFormattedName(contact.name());
        if (contact.kind() == ContactKind.PERSON) {
            StructuredName name = new StructuredName();
            int space = contact.name().lastIndexOf(' ');
            name.setFamily(space < 0 ? contact.name() : contact.name().substring(space + 1));
            if (space > 0) {
                name.setGiven(contact.name().substring(0, space));
            }
            card.setStructuredName(name);
        }
        card.setOrganization(contact.office().text());
        if (!contact.postalAddress().isEmpty()) {
            Address address = new Address();
            address.setStreetAddress(contact.street());
            address.setPostalCode(contact.postalCode());
            address.setLocality(contact.city());
            address.getTypes().add(AddressType.WORK);
            card.addAddress(address);
        }
        if (contact.phone() != null && !contact.phone().isBlank()) {
            card.addTelephoneNumber(contact.phone(), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (contact.email() != null && !contact.email().isBlank()) {
            card.addEmail(contact.email());
        }
        if (!contact.responsibilities().isEmpty()) {
            card.addNote(contact.responsibilities().text());
        }
        return card;
    }
}
