package de.heidelberg.partnerportal.network.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.network.NetworkService;
import de.heidelberg.partnerportal.network.NetworkView;
import de.heidelberg.partnerportal.news.NewsFilter;
import de.heidelberg.partnerportal.news.NewsList;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.Facts;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** One network: kind, size, description, the city's roles over time, contacts, news. */
@Route("networks")
@RolesAllowed({"STAFF", "PARTNER"})
public class NetworkPageView extends ContentPage implements HasUrlParameter<String> {

    private final NetworkService networks;
    private final ContactService contacts;
    private final NewsService news;
    private final Readers readers;

    public NetworkPageView(NetworkService networks, ContactService contacts, NewsService news, Readers readers) {
        super(ContentType.NETWORK, "nav.networks");
        this.networks = networks;
        this.contacts = contacts;
        this.news = news;
        this.readers = readers;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        Reader reader = readers.current(getLocale());
        NetworkView network = networks.findBySlug(slug, reader).orElseThrow(NotFoundException::new);
        setPageHeading(network.name().text());
        removeAll();
        add(ContentText.into(new H1(), network.name()));
        addEditAction(slug, "action.edit");
        Facts facts = new Facts()
                .add(
                        getTranslation("networks.kind"),
                        getTranslation("networks.kind.single." + network.kind().name()));
        if (!network.size().isEmpty()) {
            facts.add(getTranslation("networks.size"), ContentText.inline(network.size()));
        }
        add(facts);
        addInternalNote(network.internalNote());
        add(ContentText.block(network.description()));
        if (!network.roles().isEmpty()) {
            UnorderedList roles = new UnorderedList();
            roles.addClassName("timeline");
            for (NetworkView.RoleView role : network.roles()) {
                Span period = new Span(
                        role.to() == null
                                ? getTranslation("networks.role.since", period(role.from()))
                                : getTranslation("networks.role.period", period(role.from()), period(role.to())));
                period.addClassName("period");
                roles.add(new ListItem(period, ContentText.inline(role.role())));
            }
            add(new Section(new H2(getTranslation("networks.roles")), roles));
        }
        addIfPresent(ContactCard.section(
                getTranslation("content.contacts"), contacts.findByIds(network.contactIds(), reader)));
        addIfPresent(NewsList.section(
                getTranslation("content.news"), news.latest(new NewsFilter(null, network.id(), null), reader, 5)));
    }

    /** "2006" stays, "2023-10" becomes "Oktober 2023" / "October 2023" / "octobre 2023". */
    private String period(String value) {
        try {
            return value.length() == 7
                    ? LocalizedFormats.date(YearMonth.parse(value), getTranslation("format.month"), getLocale())
                    : value;
        } catch (DateTimeParseException notAMonth) {
            return value;
        }
    }
}
