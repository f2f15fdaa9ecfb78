package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.InvitationService;
import de.heidelberg.partnerportal.security.PasswordPolicy;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserAdministrationException;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * User administration: list, create, invite, roles, e-mail address, password reset, disable. ADMIN only.
 * Accounts from the city's directory are marked; their roles, password and address come from the directory, so
 * only enabling and disabling is offered for them.
 */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@AccessDeniedErrorRouter
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
public class UserAdminView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private final UserService users;
    private final PasswordPolicy passwordPolicy;
    private final InvitationService invitations;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span count = new Span();
    private List<UserSummary> all = List.of();

    public UserAdminView(
            UserService users,
            PasswordPolicy passwordPolicy,
            InvitationService invitations,
            SupportedLanguages languages) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.invitations = invitations;
        addClassName("page");

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> showFiltered());

        Button create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                click -> new NewUserDialog(users, passwordPolicy, this::saved).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button invite = new Button(
                getTranslation("mail.invite.new"),
                VaadinIcon.ENVELOPE_O.create(),
                click -> new InvitationDialog(
                                invitations, languages.all(), users.translatableLanguages(), this::refresh)
                        .open());

        HorizontalLayout toolbar = new HorizontalLayout(filter, count, invite, create);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, filter);
        toolbar.setWidthFull();
        toolbar.setWrap(true);

        configureGrid();
        add(new H1(getTranslation("nav.users")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.field.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.field.display-name"))
                .setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader(getTranslation("mail.field.email"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleBadges)
                .setHeader(getTranslation("users.field.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::sourceBadge)
                .setHeader(getTranslation("ldap.users.field.source"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("users.field.status"))
                .setAutoWidth(true);
        grid.addColumn(user -> user.lastLoginAt() == null
                        ? getTranslation("users.never")
                        : LocalizedFormats.date(user.lastLoginAt(), getTranslation("format.dateTime"), getLocale()))
                .setHeader(getTranslation("users.field.last-login"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.field.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("users.none"));
    }

    private Component roleBadges(UserSummary user) {
        Div badges = new Div();
        badges.addClassName("badges");
        user.roles().stream()
                .sorted()
                .forEach(role -> badges.add(new Badge(
                        role == Role.TRANSLATOR
                                ? getTranslation(
                                        "users.translator-of",
                                        user.translationLanguages().stream()
                                                .sorted()
                                                .map(tag -> SupportedLanguages.displayName(tag, getLocale()))
                                                .collect(java.util.stream.Collectors.joining(", ")))
                                : getTranslation(role.labelKey()))));
        if (user.roles().isEmpty() && user.fromDirectory()) {
            Badge none = new Badge(getTranslation("ldap.users.no-portal-group"));
            none.addClassName("badge-muted");
            badges.add(none);
        }
        return badges;
    }

    private Component sourceBadge(UserSummary user) {
        Badge badge = new Badge(getTranslation(user.source().labelKey()));
        badge.addClassName("account-source");
        if (!user.fromDirectory()) {
            badge.addClassName("badge-muted");
        }
        Tooltip.forComponent(badge).setText(getTranslation(user.source().labelKey() + ".hint"));
        return badge;
    }

    private Component statusBadge(UserSummary user) {
        if (user.invitationPending()) {
            return invitationBadge(user);
        }
        Badge badge = new Badge(getTranslation(user.enabled() ? "users.status.active" : "users.status.disabled"));
        badge.addClassName(user.enabled() ? "badge-success" : "badge-muted");
        return badge;
    }

    /** "Invited", with until when the link works, or that it expired and the invitation needs sending again. */
    private Component invitationBadge(UserSummary user) {
        Instant expires = user.invitationExpiresAt();
        boolean open = expires != null && expires.isAfter(Instant.now());
        Badge badge =
                new Badge(getTranslation(open ? "mail.users.status.invited" : "mail.users.status.invitation-expired"));
        badge.addClassName(open ? "badge-invited" : "badge-muted");
        badge.getElement()
                .setAttribute(
                        "title",
                        open
                                ? getTranslation("mail.users.invited-until", dateTime(expires))
                                : getTranslation("mail.users.invitation-expired"));
        return badge;
    }

    private String dateTime(Instant instant) {
        return LocalizedFormats.date(instant, getTranslation("format.dateTime"), getLocale());
    }

    private Component actions(UserSummary user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        root.setAriaLabel(getTranslation("users.actions-for", user.username()));
        var sub = root.getSubMenu();
        if (user.fromDirectory()) {
            // said where the actions would be: roles and password are the directory's
            sub.addItem(getTranslation("ldap.users.managed-by-directory")).setEnabled(false);
        } else {
            sub.addItem(
                    getTranslation("users.action.roles"), click -> new RolesDialog(users, user, this::saved).open());
            if (user.invitationPending()) {
                sub.addItem(getTranslation("mail.users.action.resend"), click -> resend(user));
                sub.addItem(getTranslation("mail.users.action.withdraw"), click -> confirmWithdraw(user));
                sub.addItem(
                        getTranslation("mail.users.action.email"),
                        click -> new EmailDialog(users, user, this::saved).open());
                return menu;
            }
            sub.addItem(
                    getTranslation("users.action.password"),
                    click -> new PasswordResetDialog(users, passwordPolicy, user, this::saved).open());
        }
        if (user.enabled()) {
            sub.addItem(getTranslation("users.action.disable"), click -> confirmDisable(user));
        } else {
            sub.addItem(
                    getTranslation("users.action.enable"), click -> run(() -> users.setEnabled(user.username(), true)));
        }
        if (!user.fromDirectory()) {
            sub.addItem(
                    getTranslation("mail.users.action.email"),
                    click -> new EmailDialog(users, user, this::saved).open());
        }
        return menu;
    }

    private void resend(UserSummary user) {
        try {
            InvitationService.Invited invited = invitations.resend(user.username());
            MailReportNotice.show(invited.mail(), String.valueOf(invited.user().email()));
        } catch (UserAdministrationException refused) {
            refused(refused);
        }
        refresh();
    }

    private void confirmWithdraw(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("mail.users.withdraw.title", user.username()));
        confirm.setText(getTranslation("mail.users.withdraw.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("mail.users.action.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(() -> invitations.withdraw(user.username())));
        confirm.open();
    }

    private void confirmDisable(UserSummary user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.disable.title", user.username()));
        confirm.setText(getTranslation("users.disable.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.action.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> run(() -> users.setEnabled(user.username(), false)));
        confirm.open();
    }

    private void run(Runnable change) {
        try {
            change.run();
            saved();
        } catch (UserAdministrationException refused) {
            refused(refused);
        }
    }

    private void refused(UserAdministrationException refused) {
        Notification.show(
                        getTranslation(refused.messageKey(), refused.parameters()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void saved() {
        Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        all = users.findAll();
        showFiltered();
    }

    private void showFiltered() {
        String term = filter.getValue().trim().toLowerCase(Locale.ROOT);
        List<UserSummary> shown = all.stream()
                .filter(user -> term.isEmpty()
                        || user.username().contains(term)
                        || user.displayName().toLowerCase(Locale.ROOT).contains(term)
                        || (user.email() != null
                                && user.email().toLowerCase(Locale.ROOT).contains(term)))
                .toList();
        grid.setItems(shown);
        count.setText(getTranslation("users.count", shown.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.users"), null));
    }
}
