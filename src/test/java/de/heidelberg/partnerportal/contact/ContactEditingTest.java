package de.heidelberg.partnerportal.contact;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.contact.ui.ContactEditView;
import de.heidelberg.partnerportal.contact.ui.ContactPageView;
import de.heidelberg.partnerportal.contact.ui.ContactsView;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.search.SearchService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors keep the contacts current; every contact has its own page, where search results lead. */
@PortalTest
class ContactEditingTest extends SpringBrowserlessTest {

    private static final String SLUG = "erika-test";

    @Autowired
    ContactService contacts;

    @Autowired
    ContactRepository repository;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheTestContact() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("editor")
    void anEditorAddsAContactWhoseMisspelledAddressIsRefusedFirst() {
        ContactsView list = navigateWithLanguage("contacts", "de", ContactsView.class);
        assertThat($(Anchor.class, list).withClassName("edit-action").first().getHref())
                .isEqualTo("/edit/contacts/new");

        ContactEditView editor = navigateWithLanguage("edit/contacts/new", "de", ContactEditView.class);
        test($(TextField.class, editor).withLabel("Adresse").single()).setValue(SLUG);
        test($(TextField.class, editor).withLabel("Name").single()).setValue("Erika Test");
        test($(TextField.class, editor).withLabel("Telefon").single()).setValue("06221 58-12345");
        EmailField email = $(EmailField.class, editor).withLabel("E-Mail").single();
        test(email).setValue("erika.test(at)heidelberg.de");
        type(this, editor, "Dienststelle und Funktion", "de", "Amt für internationale Beziehungen, Jugendaustausch");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(email.isInvalid()).isTrue();
        assertThat(repository.findBySlug(SLUG)).isEmpty();

        test(email).setValue("erika.test@heidelberg.de");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContactPageView.class);

        var hit = search.search("Erika", readers.current(Locale.GERMAN), 10, Optional.empty())
                .hits()
                .getFirst();
        assertThat(hit.url()).isEqualTo("/contacts/" + SLUG);
        ContactPageView page = navigateWithLanguage(hit.url().substring(1), "de", ContactPageView.class);
        assertThat($(ContactCard.class, page).single().getElement().getTextRecursively())
                .contains("Erika Test", "06221 58-12345", "erika.test@heidelberg.de");
    }

    @Test
    @WithUserDetails("editor")
    void theFormsConstraintsCheckTheFieldsInTheEditorsLanguage() {
        ContactEditView editor = navigateWithLanguage("edit/contacts/new", "de", ContactEditView.class);
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isSameAs(editor);
        TextField name = $(TextField.class, editor).withLabel("Name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("darf nicht leer sein");
        assertThat(repository.findBySlug(SLUG)).isEmpty();

        ContactEdit crafted = contacts.newItem();
        crafted.setSlug(SLUG);
        crafted.setName("Erika Test");
        crafted.setOffice(new TextEdit(Map.of("de", "Amt"), false));
        crafted.setPostalCode("6".repeat(21));
        assertThatThrownBy(() -> contacts.save(crafted))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("contacts.field.postal-code");
        assertThat(repository.findBySlug(SLUG)).isEmpty();
    }

    @Test
    @WithUserDetails("editor")
    void theServiceChecksTheSameRulesAsTheForm() {
        ContactEdit edit = contacts.newItem();
        edit.setSlug(SLUG);
        edit.setName("Erika Test");
        edit.setOffice(new TextEdit(Map.of("de", "Amt"), false));
        edit.setEmail("keine-adresse");
        assertThatThrownBy(() -> contacts.save(edit))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("contacts.error.email");
        edit.setEmail("");
        edit.setPhone("call me maybe");
        assertThatThrownBy(() -> contacts.save(edit))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("contacts.error.phone");
        edit.setPhone("");
        edit.setName(" ");
        assertThatThrownBy(() -> contacts.save(edit))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("edit.error.field-required");
        assertThat(repository.findBySlug(SLUG)).isEmpty();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerReadsAContactPageWithoutAnyEditLink() {
        ContactView someone = contacts.findAll(readers.current(Locale.FRENCH)).getFirst();
        ContactPageView page = navigateWithLanguage("contacts/" + someone.slug(), "fr", ContactPageView.class);
        assertThat($(Anchor.class, page).withClassName("edit-contact").exists()).isFalse();
        UI.getCurrent().navigate("edit/contacts/" + someone.slug());
        assertThat(getCurrentView()).isNotInstanceOf(ContactEditView.class);
    }
}
