package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.LanguageSwitcher;
import de.heidelberg.partnerportal.i18n.LinkPaths;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every signed-in page: a header with the portal's name, breadcrumbs, language switcher
 * and user menu, and side navigation listing only what the user's role may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {

    /** The id of the shown page's content (its {@code <main>}), the skip link's target. */
    public static final String CONTENT_ID = "main-content";

    private final AuthenticationContext authentication;
    private final SupportedLanguages languages;
    private final PortalProperties properties;
    private final List<HeaderContribution> contributions;
    private final Nav breadcrumbs = new Nav();
    private final SideNav navigation = new SideNav();
    /** The first stop of the keyboard: past the header and navigation to the page's own content. */
    private final Anchor skipLink = new Anchor();
    /** The path of the page shown last in this layout; null before the first. */
    private @Nullable String shownPath;

    public MainLayout(
            AuthenticationContext authentication,
            SupportedLanguages languages,
            PortalProperties properties,
            List<HeaderContribution> contributions) {
        this.authentication = authentication;
        this.languages = languages;
        this.properties = properties;
        this.contributions = contributions;
        setPrimarySection(Section.NAVBAR);
        breadcrumbs.addClassName("breadcrumbs");
        navigation.addClassName("main-navigation");
        skipLink.addClassName("skip-link");
        // Vaadin's router leaves it alone, and so does the browser: followed, the link would change the address's
        // fragment, which Vaadin answers by showing the page anew on the server (the search ran again and replaced
        // the results under the keyboard's focus), and an address written differently ("q=a+b" for "q=a%20b")
        // would even load the document anew; the focus moves to the content at once, in the page
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement()
                .executeJs(
                        "this.addEventListener('click', event => {"
                                + " const content = document.getElementById($0);"
                                + " if (content) { event.preventDefault(); content.focus(); } })",
                        CONTENT_ID);
        build();
    }

    /** (Re)builds the header and drawer in the current language. */
    private void build() {
        getElement()
                .getChildren()
                .filter(child ->
                        "navbar".equals(child.getAttribute("slot")) || "drawer".equals(child.getAttribute("slot")))
                .toList()
                .forEach(child -> child.removeFromParent());

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        brand.getElement()
                .setAttribute(
                        "title",
                        getTranslation("app.office", properties.homeCity().name()));

        breadcrumbs.getElement().setAttribute("aria-label", getTranslation("layout.breadcrumbs"));

        Div spacer = new Div();
        spacer.addClassName("spacer");

        skipLink.setText(getTranslation("layout.skip-to-content"));
        // one header (a banner landmark) holds everything in the bar, so that nothing lies outside a landmark
        Header header = new Header(skipLink, toggle, brand, breadcrumbs, spacer);
        header.addClassName("portal-header");
        contributions.forEach(contribution -> header.add(contribution.create()));
        header.add(new LanguageSwitcher(languages.all()));
        authentication.getPrincipalName().ifPresent(name -> header.add(userMenu(name)));
        addToNavbar(header);

        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        Footer office = new Footer(
                new Span(getTranslation("app.office", properties.homeCity().name())));
        office.addClassName("drawer-office");
        addToDrawer(new Scroller(navigation), office);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
        fillNavigation();
    }

    private Component userMenu(String username) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(username);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span name = new Span(username);
        name.addClassName("user-name");
        Div button = new Div(avatar, name);
        button.addClassName("user-menu-button");
        var root = menu.addItem(button);
        root.setAriaLabel(getTranslation("layout.user-menu", username));
        String roles = authentication.getGrantedRoles().stream()
                .sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        var who = root.getSubMenu().addItem(getTranslation("layout.signed-in-as", username, roles));
        who.setEnabled(false);
        root.getSubMenu().addItem(getTranslation("layout.sign-out"), click -> authentication.logout());
        return menu;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        // the skip link's target; focusable from the script-less link, not by Tab
        content.getElement().setAttribute("id", CONTENT_ID);
        content.getElement().setAttribute("tabindex", "-1");
        // once per page load (and again when the language changes): the entries follow the user's roles,
        // which cannot change under an open page (new roles end the session), and the side navigation
        // marks the current entry by itself; rebuilding it on every navigation cost work and bytes
        if (navigation.getItems().isEmpty()) {
            fillNavigation();
        }
    }

    private void fillNavigation() {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            navigation.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            // another page, shown without loading the document anew: when the focus was on a link of the page
            // that is gone, the keyboard and screen readers go on at the new page's content rather than at the
            // document's start; focus still in the header or the navigation stays there
            getElement()
                    .executeJs(
                            "if (!document.activeElement || document.activeElement === document.body) $0.focus()",
                            getContent().getElement());
        }
        shownPath = path;
        // what the link names when copied or opened apart: this page's own address with the fragment (a bare "#…"
        // would be resolved against the document's base, the portal's root, and load the start page)
        String query = event.getLocation().getQueryParameters().getQueryString();
        skipLink.setHref("/" + LinkPaths.escaped(path) + (query.isEmpty() ? "" : "?" + query) + "#" + CONTENT_ID);
        List<HasBreadcrumbs.Breadcrumb> trail = new ArrayList<>();
        trail.add(new HasBreadcrumbs.Breadcrumb(getTranslation("nav.start"), ""));
        if (getContent() instanceof HasBreadcrumbs page) {
            trail.addAll(page.breadcrumbs());
        }
        OrderedList list = new OrderedList();
        for (int i = 0; i < trail.size(); i++) {
            HasBreadcrumbs.Breadcrumb crumb = trail.get(i);
            boolean current = i == trail.size() - 1;
            Component label;
            if (current) {
                Span here = new Span(crumb.label());
                here.getElement().setAttribute("aria-current", "page");
                label = here;
            } else {
                label = new Anchor(crumb.path() == null ? "" : crumb.path(), crumb.label());
            }
            list.add(new ListItem(label));
        }
        breadcrumbs.removeAll();
        breadcrumbs.add(list);
    }
}
