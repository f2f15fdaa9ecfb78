package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.PortalProperties;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The accounts a fresh installation starts with. In demo mode: admin, editor, staff and partner, each
 * with its name as password. Otherwise: one administrator whose password comes from the environment
 * ({@code PORTAL_INITIAL_ADMIN_PASSWORD}); without it, and without any administrator in the database,
 * the portal refuses to start.
 */
@Component
public class InitialAccounts implements SmartInitializingSingleton {

    static final String INITIAL_ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final UserService users;
    private final PasswordPolicy passwordPolicy;
    private final PortalProperties properties;

    InitialAccounts(UserService users, PasswordPolicy passwordPolicy, PortalProperties properties) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.demo() || users.hasActiveAdmin()) {
            return;
        }
        String password = properties.initialAdminPassword();
        if (password == null || password.isBlank()) {
            throw new MissingInitialAdminPasswordException(null);
        }
        passwordPolicy.violation(password, INITIAL_ADMIN).ifPresent(rule -> {
            throw new MissingInitialAdminPasswordException(rule);
        });
        users.createIfAbsent(INITIAL_ADMIN, "Administrator", Set.of(Role.ADMIN), password);
        log.info("Created the initial administrator '{}'", INITIAL_ADMIN);
    }

    /** Creates the demo accounts that do not exist yet. Only for demo mode. */
    public void ensureDemoAccounts() {
        if (!properties.demo()) {
            throw new IllegalStateException("Demo accounts exist only in demo mode");
        }
        // example addresses (.example never reaches anyone), so that "forgot password" can be tried
        users.createIfAbsent(
                "admin", "Demo Admin", EnumSet.of(Role.ADMIN), Set.of(), "admin", "admin@heidelberg.example");
        users.createIfAbsent(
                "editor", "Demo Editor", EnumSet.of(Role.EDITOR), Set.of(), "editor", "editor@heidelberg.example");
        users.createIfAbsent(
                "staff", "Demo Staff", EnumSet.of(Role.STAFF), Set.of(), "staff", "staff@heidelberg.example");
        users.createIfAbsent(
                "partner",
                "Demo Partner",
                EnumSet.of(Role.PARTNER),
                Set.of(),
                "partner",
                "partner@montpellier.example");
        // a colleague in Montpellier who reads as a partner and translates into French
        users.createIfAbsent(
                "translator",
                "Demo Traductrice",
                EnumSet.of(Role.PARTNER, Role.TRANSLATOR),
                Set.of("fr"),
                "translator",
                "traductrice@montpellier.example");
    }
}
