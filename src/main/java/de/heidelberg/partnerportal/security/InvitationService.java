package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations of partner colleagues, who are outside the city network: an administrator enters name, e-mail
 * address and language; the account (PARTNER, optionally TRANSLATOR) stays disabled until its person chose a
 * password from the link in the invitation mail. ADMIN only.
 *
 * <p>The mail goes out after the account is saved, outside the transaction (a slow mail server holds no
 * database connection); a failed send leaves the account invited and is reported, never thrown.
 */
@Service
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final AppUserRepository users;
    private final UserService userService;
    private final AccountRules rules;
    private final AccountLinks links;
    private final AccountMails mails;
    private final MailDelivery delivery;
    private final SupportedLanguages languages;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    InvitationService(
            AppUserRepository users,
            UserService userService,
            AccountRules rules,
            AccountLinks links,
            AccountMails mails,
            MailDelivery delivery,
            SupportedLanguages languages,
            PasswordEncoder passwordEncoder,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.userService = userService;
        this.rules = rules;
        this.links = links;
        this.mails = mails;
        this.delivery = delivery;
        this.languages = languages;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates the invited account and sends the invitation mail in the invitee's language. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public Invited invite(NewInvitation request) {
        Prepared prepared = inTransaction(() -> {
            String username = rules.newUsername(request.username());
            String displayName = AccountRules.displayName(request.displayName());
            String email = rules.unusedEmail(request.email())
                    .orElseThrow(() -> new UserAdministrationException("mail.error.email-required"));
            Locale language = languages
                    .find(request.language())
                    .orElseThrow(() -> new UserAdministrationException("mail.error.language"));
            Set<String> translationLanguages = Set.copyOf(request.translationLanguages());
            Set<Role> roles = translationLanguages.isEmpty()
                    ? EnumSet.of(Role.PARTNER)
                    : EnumSet.of(Role.PARTNER, Role.TRANSLATOR);
            userService.requireRoles(roles, translationLanguages);
            Instant now = clock.instant();
            // nobody knows this password: the account opens only with the one its person chooses
            AppUser user = new AppUser(username, displayName, passwordEncoder.encode(unguessable()), roles, now);
            user.changeRoles(roles, translationLanguages);
            user.changeEmail(email);
            user.rememberLanguage(language.getLanguage());
            user.markInvited(now);
            users.saveAndFlush(user);
            AccountLinks.IssuedLink link = links.issue(user, LinkPurpose.INVITATION, language.getLanguage());
            return new Prepared(
                    UserService.summary(user, link.expiresAt()), mails.invitation(user, email, link, language));
        });
        return new Invited(prepared.user(), send(prepared));
    }

    /** A new invitation link for an account still invited; the earlier link stops working. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public Invited resend(String username) {
        Prepared prepared = inTransaction(() -> {
            AppUser user = pending(username);
            String email = Optional.ofNullable(user.getEmail())
                    .orElseThrow(() -> new UserAdministrationException("mail.error.email-required"));
            Locale language = languages.find(user.getPreferredLanguage()).orElse(languages.source());
            AccountLinks.IssuedLink link = links.issue(user, LinkPurpose.INVITATION, language.getLanguage());
            return new Prepared(
                    UserService.summary(user, link.expiresAt()), mails.invitation(user, email, link, language));
        });
        return new Invited(prepared.user(), send(prepared));
    }

    /** Deletes an invited account whose person has not accepted yet; its link stops working. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public void withdraw(String username) {
        inTransaction(() -> {
            users.delete(pending(username));
            return Boolean.TRUE;
        });
    }

    /** A free username for the address, for the invitation dialog to propose. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    public Optional<String> suggestUsername(String email) {
        return inTransaction(() -> rules.suggestUsername(email));
    }

    private AppUser pending(String username) {
        AppUser user = users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UserAdministrationException("users.error.not-found", username));
        if (!user.isInvitationPending()) {
            throw new UserAdministrationException("mail.error.not-invited", user.getUsername());
        }
        return user;
    }

    private MailReport send(Prepared prepared) {
        MailReport report = delivery.deliver(prepared.mail());
        if (report.state() == MailReport.State.FAILED) {
            log.warn(
                    "The invitation of '{}' was saved, but its mail could not be sent: {}",
                    prepared.user().username(),
                    report.failure());
        }
        return report;
    }

    private <T> T inTransaction(java.util.function.Supplier<@Nullable T> work) {
        T result = transaction.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("The transaction returned nothing");
        }
        return result;
    }

    private String unguessable() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The invited account and what became of its mail. */
    public record Invited(UserSummary user, MailReport mail) {}

    private record Prepared(UserSummary user, OutgoingMail mail) {}
}
