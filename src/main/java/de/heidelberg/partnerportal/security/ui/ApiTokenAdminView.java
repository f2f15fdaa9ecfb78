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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.ApiTokenService;
import de.heidelberg.partnerportal.security.ApiTokenState;
import de.heidelberg.partnerportal.security.ApiTokenSummary;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserAdministrationException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;

/**
 * API tokens for intranet integrations: list with state and last use, create (shown once), revoke. ADMIN
 * only.
 */
@Route("admin/tokens")
@RolesAllowed(Role.Names.ADMIN)
@AccessDeniedErrorRouter
@Menu(title = "nav.tokens", order = 91, icon = "vaadin:key")
public class ApiTokenAdminView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final Span count = new Span();

    public ApiTokenAdminView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");

        Button create = new Button(
                getTranslation("tokens.new"),
                VaadinIcon.PLUS.create(),
                click -> new NewTokenDialog(tokens, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(count, create);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setWidthFull();

        configureGrid();
        add(new H1(getTranslation("nav.tokens")), new Paragraph(getTranslation("tokens.intro")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(this::nameAndPrefix)
                .setHeader(getTranslation("tokens.field.name"))
                .setFlexGrow(1);
        grid.addColumn(token -> getTranslation(token.role().labelKey()))
                .setHeader(getTranslation("tokens.field.role"))
                .setAutoWidth(true);
        grid.addColumn(token -> getTranslation("tokens.created-by", dateTime(token.createdAt()), token.createdBy()))
                .setHeader(getTranslation("tokens.field.created"))
                .setAutoWidth(true);
        grid.addColumn(token -> dateTime(token.expiresAt()))
                .setHeader(getTranslation("tokens.field.expires"))
                .setAutoWidth(true);
        grid.addColumn(token ->
                        token.lastUsedAt() == null ? getTranslation("tokens.never") : dateTime(token.lastUsedAt()))
                .setHeader(getTranslation("tokens.field.last-used"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::stateBadge)
                .setHeader(getTranslation("tokens.field.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton)
                .setHeader(getTranslation("tokens.field.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tokens.none"));
    }

    private Component nameAndPrefix(ApiTokenSummary token) {
        Span prefix = new Span(token.prefix() + "…");
        prefix.addClassName("token-prefix");
        Div cell = new Div(new Span(token.name()), prefix);
        cell.addClassName("token-name");
        return cell;
    }

    private Component stateBadge(ApiTokenSummary token) {
        Badge badge = new Badge(getTranslation(token.state().labelKey()));
        badge.addClassName(token.state() == ApiTokenState.ACTIVE ? "badge-success" : "badge-muted");
        if (token.revokedAt() != null) {
            badge.getElement()
                    .setAttribute(
                            "title",
                            getTranslation("tokens.revoked-by", dateTime(token.revokedAt()), token.revokedBy()));
        }
        return badge;
    }

    private Component revokeButton(ApiTokenSummary token) {
        if (token.state() != ApiTokenState.ACTIVE) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("tokens.action.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(getTranslation("tokens.revoke.title", token.name()));
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("tokens.revoke.title", token.name()));
        confirm.setText(getTranslation("tokens.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tokens.action.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> revoke(token));
        confirm.open();
    }

    private void revoke(ApiTokenSummary token) {
        try {
            tokens.revoke(token.id());
            Notification.show(getTranslation("tokens.revoked"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserAdministrationException refused) {
            Notification.show(
                            getTranslation(refused.messageKey(), refused.parameters()),
                            6000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        List<ApiTokenSummary> all = tokens.findAll();
        grid.setItems(all);
        count.setText(getTranslation(
                "tokens.count",
                all.stream()
                        .filter(token -> token.state() == ApiTokenState.ACTIVE)
                        .count(),
                all.size()));
    }

    private String dateTime(Instant instant) {
        return LocalizedFormats.date(instant, getTranslation("format.dateTime"), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tokens") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.tokens"), null));
    }
}
