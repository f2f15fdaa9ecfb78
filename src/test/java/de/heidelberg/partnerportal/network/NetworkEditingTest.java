package de.heidelberg.partnerportal.network;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.TrashCan;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.network.ui.NetworkEditView;
import de.heidelberg.partnerportal.network.ui.NetworkPageView;
import de.heidelberg.partnerportal.network.ui.NetworksView;
import de.heidelberg.partnerportal.search.SearchService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors create and maintain city networks in the browser, with their contacts. */
@PortalTest
class NetworkEditingTest extends SpringBrowserlessTest {

    private static final String SLUG = "netzwerk-aus-dem-test";

    @Autowired
    NetworkService networks;

    @Autowired
    NetworkRepository repository;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    /** The other tests share this database and expect the seed content only. */
    @AfterEach
    void removeTheTestNetwork() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("editor")
    @SuppressWarnings("unchecked")
    void anEditorCreatesANetworkWithAContactThatReadersThenFindAndCanBeTrashed() {
        NetworksView list = navigateWithLanguage("networks", "de", NetworksView.class);
        assertThat($(Anchor.class, list)
                        .withClassName("edit-action")
                        .withText("Neues Netzwerk")
                        .single()
                        .getHref())
                .isEqualTo("/edit/networks/new");
        assertThat($(Anchor.class, list)
                        .withClassName("edit-action")
                        .withText("Einleitung bearbeiten")
                        .single()
                        .getHref())
                .isEqualTo("/edit/pages/networks-intro");

        NetworkEditView editor = navigateWithLanguage("edit/networks/new", "de", NetworkEditView.class);
        test($(TextField.class, editor).withLabel("Adresse").single()).setValue(SLUG);
        Select<NetworkKind> kind = $(Select.class, editor).withLabel("Art").single();
        test(kind).selectItem("Themenspezifisches Netzwerk");
        MultiSelectComboBox<Long> contacts = $(MultiSelectComboBox.class, editor)
                .withLabel("Ansprechpersonen")
                .single();
        Long someone = contacts.getListDataView().getItems().findFirst().orElseThrow();
        contacts.setValue(Set.of(someone));
        type(this, editor, "Name", "de", "Quallennetzwerk der Neckarstädte");
        type(this, editor, "Name", "en", "Jellyfish network of Neckar towns");
        type(this, editor, "Beschreibung", "de", "Ein Netzwerk, das es nur im Test gibt.");
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(NetworkPageView.class);
        NetworkView saved =
                networks.findBySlug(SLUG, readers.current(Locale.ENGLISH)).orElseThrow();
        assertThat(saved.name().text()).isEqualTo("Jellyfish network of Neckar towns");
        assertThat(saved.kind()).isEqualTo(NetworkKind.THEMATIC);
        assertThat(saved.contactIds()).containsExactly(someone);
        assertThat(saved.description().fallback()).isTrue();
        assertThat(search.search("Quallennetzwerk", readers.current(Locale.GERMAN), 10, Optional.empty())
                        .hits())
                .extracting(hit -> hit.id())
                .containsExactly(SLUG);

        var edit = networks.edit(SLUG).orElseThrow();
        networks.trash(edit.getId(), edit.getVersion());
        assertThat(networks.findBySlug(SLUG, readers.current(Locale.GERMAN))).isEmpty();
        assertThat(networks.trashed(readers.current(Locale.GERMAN)))
                .extracting(TrashCan.TrashedItem::slug)
                .contains(SLUG);
        assertThat(search.search("Quallennetzwerk", readers.current(Locale.GERMAN), 10, Optional.empty())
                        .hits())
                .isEmpty();
        networks.restore(edit.getId());
        assertThat(networks.findBySlug(SLUG, readers.current(Locale.GERMAN))).isPresent();
    }

    @Test
    @WithUserDetails("editor")
    void aSeedNetworkKeepsItsRolesAndContactsWhenItsDescriptionChanges() {
        NetworkView before = networks.findAll(readers.current(Locale.GERMAN)).getFirst();
        NetworkEditView editor = navigateWithLanguage("edit/networks/" + before.slug(), "en", NetworkEditView.class);
        TranslatedTextField description =
                $(TranslatedTextField.class, editor).withLabel("Description").single();
        String original = $(TextArea.class, description)
                .withAttribute("lang", "en")
                .single()
                .getValue();
        type(this, editor, "Description", "en", original + " (checked)");
        test($(Button.class, editor).withClassName("save").single()).click();

        NetworkView after = networks.findBySlug(before.slug(), readers.current(Locale.ENGLISH))
                .orElseThrow();
        assertThat(after.description().text()).endsWith("(checked)");
        assertThat(after.roles()).hasSameSizeAs(before.roles());
        assertThat(after.contactIds()).isEqualTo(before.contactIds());

        // back as it was, for the other tests
        var edit = networks.edit(before.slug()).orElseThrow();
        var texts = new HashMap<>(edit.getDescription().texts());
        texts.put("en", original);
        edit.setDescription(new TextEdit(texts, false));
        networks.save(edit);
    }

    @Test
    @WithUserDetails("editor")
    void anEditorRecordsANewRoleThatReadersSeeInTheirLanguage() {
        NetworkView before = networks.findAll(readers.current(Locale.GERMAN)).getFirst();
        NetworkEditView editor = navigateWithLanguage("edit/networks/" + before.slug(), "de", NetworkEditView.class);
        test($(Button.class, editor).withClassName("add-entry").single()).click();
        var periods = $(TextField.class, editor).withLabel("Von").all();
        TextField from = periods.getLast();
        test(from).setValue("2026-1");
        assertThat(from.isInvalid()).isTrue();
        test(from).setValue("2026-01");
        var roles = $(TranslatedTextField.class, editor).withLabel("Rolle").all();
        var newRole = roles.getLast();
        test($(TextField.class, newRole).withAttribute("lang", "de").single()).setValue("Gastgeberin der Jahrestagung");
        test($(TextField.class, newRole).withAttribute("lang", "en").single())
                .setValue("Host of the annual conference");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NetworkPageView.class);

        NetworkView after = networks.findBySlug(before.slug(), readers.current(Locale.ENGLISH))
                .orElseThrow();
        assertThat(after.roles()).hasSize(before.roles().size() + 1);
        assertThat(after.roles().getLast().from()).isEqualTo("2026-01");
        assertThat(after.roles().getLast().to()).isNull();
        assertThat(after.roles().getLast().role().text()).isEqualTo("Host of the annual conference");

        // a period that ends before it starts is refused by the service as well
        NetworkEdit backwards = networks.edit(before.slug()).orElseThrow();
        var edited = new java.util.ArrayList<>(backwards.getRoles());
        NetworkRoleEdit last = edited.removeLast();
        edited.add(new NetworkRoleEdit("2026-01", "2020", last.role()));
        backwards.setRoles(edited);
        assertThatThrownBy(() -> networks.save(backwards))
                .isInstanceOf(de.heidelberg.partnerportal.content.ContentEditException.class)
                .hasMessageContaining("networks.error.period");

        // the seed as it was, for the other tests
        NetworkEdit restore = networks.edit(before.slug()).orElseThrow();
        restore.setRoles(restore.getRoles().subList(0, before.roles().size()));
        networks.save(restore);
        assertThat(networks.findBySlug(before.slug(), readers.current(Locale.GERMAN))
                        .orElseThrow()
                        .roles())
                .hasSameSizeAs(before.roles());
    }

    @Test
    @WithUserDetails("editor")
    void aNetworkWithoutNameOrDescriptionIsRefusedAndNothingIsSaved() {
        NetworkEditView editor = navigateWithLanguage("edit/networks/new", "en", NetworkEditView.class);
        test($(TextField.class, editor).withLabel("Address").single()).setValue(SLUG);
        test($(Button.class, editor).withClassName("save").single()).click();

        assertThat(getCurrentView()).isSameAs(editor);
        assertThat($(TranslatedTextField.class, editor)
                        .withLabel("Name")
                        .single()
                        .isInvalid())
                .isTrue();
        assertThat(repository.findBySlug(SLUG)).isEmpty();
    }

    @Test
    @WithUserDetails("staff")
    void staffCannotEditNetworks() {
        assertThatThrownBy(() -> networks.edit("eurocities")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networks.save(new NetworkEdit())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networks.trash(1, 0)).isInstanceOf(AccessDeniedException.class);
        NetworksView list = navigateWithLanguage("networks", "de", NetworksView.class);
        assertThat($(Anchor.class, list).withClassName("edit-action").exists()).isFalse();
    }
}
