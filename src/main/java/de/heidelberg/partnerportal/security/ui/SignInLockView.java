package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.SignInLockKind;
import de.heidelberg.partnerportal.security.SignInLockSummary;
import de.heidelberg.partnerportal.security.SignInThrottle;
import de.heidelberg.partnerportal.security.SignInThrottleProperties;
import de.heidelberg.partnerportal.security.UserAdministrationException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sign-in locks for administrators: the usernames and addresses locked now or with wrong passwords within
 * the counting window, with the end of the lock, and the lock ended on request. ADMIN only.
 */
@Route(SignInLockView.ROUTE)
@RolesAllowed(Role.Names.ADMIN)
@AccessDeniedErrorRouter
@Menu(title = "sign-in.locks.title", order = 92, icon = "vaadin:lock")
public class SignInLockView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    public static final String ROUTE = "admin/sign-in-locks";
    /** The audit log opened on its tab of sign-in and account events. */
    private static final String AUDIT_LOG = "admin/audit?tab=security";

    private final SignInThrottle throttle;
    private final Grid<SignInLockSummary> grid = new Grid<>();
    private final Span count = new Span();

    public SignInLockView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassNames("page", "sign-in-locks");

        Button refresh =
                new Button(getTranslation("sign-in.locks.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        Anchor auditLog = new Anchor(AUDIT_LOG, getTranslation("sign-in.locks.audit-log"));
        HorizontalLayout toolbar = new HorizontalLayout(count, auditLog, refresh);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, count);
        toolbar.setWidthFull();
        toolbar.setWrap(true);

        configureGrid();
        add(new H1(getTranslation("sign-in.locks.title")), new Paragraph(rules(throttle.rules())), toolbar, grid);
        refresh();
    }

    private String rules(SignInThrottleProperties rules) {
        return getTranslation(
                "sign-in.locks.rules",
                rules.accountFailures(),
                duration(rules.window()),
                rules.addressFailures(),
                rules.addressAccounts(),
                duration(rules.firstLock()),
                duration(rules.longestLock()));
    }

    private void configureGrid() {
        grid.addComponentColumn(this::subject)
                .setHeader(getTranslation("sign-in.locks.subject"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("sign-in.locks.state"))
                .setAutoWidth(true);
        grid.addColumn(SignInLockSummary::failures)
                .setHeader(getTranslation(
                        "sign-in.locks.failures", duration(throttle.rules().window())))
                .setAutoWidth(true);
        grid.addColumn(lock -> lock.locks() == 0 ? "–" : Integer.toString(lock.locks()))
                .setHeader(getTranslation("sign-in.locks.number"))
                .setAutoWidth(true);
        grid.addColumn(this::lastFailure)
                .setHeader(getTranslation("sign-in.locks.last-failure"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::unlockButton)
                .setHeader(getTranslation("sign-in.locks.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sign-in.locks.none"));
    }

    private Component subject(SignInLockSummary lock) {
        Badge kind = new Badge(getTranslation(lock.kind().labelKey()));
        kind.addClassName("badge-muted");
        Div cell = new Div(kind, new Span(lock.key()));
        cell.addClassName("badges");
        return cell;
    }

    private Component state(SignInLockSummary lock) {
        Badge badge = new Badge(
                lock.lockedUntil() == null
                        ? getTranslation("sign-in.locks.not-locked")
                        : getTranslation("sign-in.locks.locked-until", dateTime(lock.lockedUntil())));
        badge.addClassName(lock.locked() ? "badge-error" : "badge-muted");
        return badge;
    }

    private String lastFailure(SignInLockSummary lock) {
        String when = dateTime(lock.lastFailureAt());
        return lock.kind() == SignInLockKind.ACCOUNT && lock.lastAddress() != null
                ? getTranslation("sign-in.locks.from", when, lock.lastAddress())
                : when;
    }

    private Component unlockButton(SignInLockSummary lock) {
        if (!lock.locked()) {
            return new Span();
        }
        Button unlock = new Button(getTranslation("sign-in.locks.unlock"), click -> confirmUnlock(lock));
        unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        unlock.setAriaLabel(getTranslation("sign-in.locks.unlock.title", lock.key()));
        return unlock;
    }

    private void confirmUnlock(SignInLockSummary lock) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("sign-in.locks.unlock.title", lock.key()));
        confirm.setText(
                getTranslation("sign-in.locks.unlock.text." + lock.kind().name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("sign-in.locks.unlock"));
        confirm.setConfirmButtonTheme("primary");
        confirm.addConfirmListener(event -> unlock(lock));
        confirm.open();
    }

    private void unlock(SignInLockSummary lock) {
        try {
            throttle.unlock(lock.kind(), lock.key());
            Notification.show(
                            getTranslation("sign-in.locks.unlocked", lock.key()),
                            3000,
                            Notification.Position.BOTTOM_START)
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
        List<SignInLockSummary> all = throttle.current();
        grid.setItems(all);
        count.setText(getTranslation(
                "sign-in.locks.count",
                all.stream().filter(SignInLockSummary::locked).count(),
                all.size()));
    }

    /** A rule's time as people say it: "15 Minuten", "1 Stunde", "30 Sekunden". */
    private String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return plural("hour", seconds / 3600);
        }
        if (seconds % 60 == 0) {
            return plural("minute", seconds / 60);
        }
        return plural("second", seconds);
    }

    private String plural(String unit, long amount) {
        return amount == 1
                ? getTranslation("sign-in.duration." + unit)
                : getTranslation("sign-in.duration." + unit + "s", amount);
    }

    private String dateTime(Instant instant) {
        return LocalizedFormats.date(instant, getTranslation("format.dateTime"), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.locks.title") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("sign-in.locks.title"), null));
    }
}
