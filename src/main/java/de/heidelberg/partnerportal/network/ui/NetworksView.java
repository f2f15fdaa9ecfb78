package de.heidelberg.partnerportal.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.network.NetworkKind;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.network.NetworkView;
import de.heidelberg.partnerportal.page.SiteTextService;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The European networks, grouped into cross-cutting and thematic ones. */
@Route("networks")
@RolesAllowed({"STAFF", "PARTNER"})
@Menu(title = "nav.networks", order = 20, icon = "vaadin:connect")
public class NetworksView extends ContentPage {

    public NetworksView(NetworkService networks, SiteTextService siteTexts, Readers readers) {
        super(ContentType.NETWORK, "nav.networks");
        Reader reader = readers.current(getLocale());
        List<NetworkView> all = networks.findAll(reader);
        add(new H1(getTranslation("nav.networks")));
        addEditAction(EditChecks.NEW, "networks.new");
        siteTexts
                .find(SiteTextService.Key.NETWORKS_INTRO, reader)
                .ifPresent(intro -> add(ContentText.block(intro.body())));
        addIfPresent(
                editLink(ContentType.PAGE, SiteTextService.Key.NETWORKS_INTRO.slug(), "pages.edit-networks-intro"));
        for (NetworkKind kind : NetworkKind.values()) {
            List<NetworkView> ofKind =
                    all.stream().filter(network -> network.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                Div cards = new Div();
                cards.addClassName("card-grid");
                ofKind.forEach(network -> cards.add(card(network)));
                add(new Section(new H2(getTranslation("networks.kind." + kind.name())), cards));
            }
        }
    }

    private Div card(NetworkView network) {
        Div card = new Div();
        card.addClassNames("card", "network-card");
        Anchor name =
                ContentText.into(new Anchor(ContentType.NETWORK.path() + "/" + network.slug(), ""), network.name());
        name.addClassName("card-title");
        card.add(name);
        if (!network.size().isEmpty()) {
            card.add(ContentText.into(new Paragraph(), network.size()));
        }
        return card;
    }
}
