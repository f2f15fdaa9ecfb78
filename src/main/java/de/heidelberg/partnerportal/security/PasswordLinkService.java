package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single-use links of invitation and password mails, as their recipients use them (no sign-in needed:
 * the link is the proof): "forgot password" sends one, the page behind the link checks it and sets the
 * password.
 *
 * <p>"Forgot password" answers the same, at once, whether or not the account exists: the request only
 * queues the work, and a background thread looks the account up and sends the mail. So neither the answer
 * nor its time tells whether an address or username exists.
 */
@Service
public class PasswordLinkService implements DisposableBean {

    /** The address of the page behind the links: {@code /password/{token}}. */
    public static final String ROUTE = "password";

    /** The longest username or address the "forgot password" form takes. */
    public static final int INPUT_MAX = EmailAddress.MAX_LENGTH;

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkService.class);
    /** Requests waiting for the background thread; more are dropped (and logged) rather than piled up. */
    private static final int QUEUE = 100;

    private final AppUserRepository users;
    private final AccountLinks links;
    private final AccountMails mails;
    private final MailDelivery delivery;
    private final AccountLinkSettings settings;
    private final SupportedLanguages languages;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final RememberMeTokens rememberMeTokens;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService background = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            work -> {
                Thread thread = new Thread(work, "password-reset-mail");
                thread.setDaemon(true);
                return thread;
            },
            (work, executor) -> log.warn("Too many password reset requests at once: one was dropped"));

    PasswordLinkService(
            AppUserRepository users,
            AccountLinks links,
            AccountMails mails,
            MailDelivery delivery,
            AccountLinkSettings settings,
            SupportedLanguages languages,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            RememberMeTokens rememberMeTokens,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.links = links;
        this.mails = mails;
        this.delivery = delivery;
        this.settings = settings;
        this.languages = languages;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * "Forgot password": if an account with this username or e-mail address may get a reset link, and got none
     * in the last few minutes ({@code portal.account-links.reset-interval}), a mail with one goes to its address,
     * in the account's language, else in the language of the page. Returns at once, the same for every input.
     */
    public void requestReset(@Nullable String usernameOrEmail, Locale pageLanguage) {
        String input = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (input.isEmpty() || input.length() > INPUT_MAX) {
            return;
        }
        background.execute(() -> {
            try {
                sendResetLink(input, pageLanguage);
            } catch (RuntimeException failure) {
                log.error("A password reset link could not be prepared", failure);
            }
        });
    }

    /**
     * The one decision whether an account may get a password-reset link: it is enabled (not disabled, not
     * still invited), is the portal's own (a directory account's password is the directory's) and has an e-mail
     * address.
     */
    static boolean mayReceiveResetLink(AppUser user) {
        // a directory account's password is the directory's: no reset link for it
        return user.getSource() == AccountSource.LOCAL
                && user.isEnabled()
                && !user.isInvitationPending()
                && user.getEmail() != null;
    }

    /** What the link opens, or why it does not work. */
    @Transactional(readOnly = true)
    public LinkCheck check(String token) {
        Optional<AccountToken> found = links.find(token);
        if (found.isEmpty()) {
            return new LinkCheck.Refused("mail.link.unknown");
        }
        AccountToken link = found.get();
        Optional<String> refusal = links.refusal(link);
        if (refusal.isPresent()) {
            return new LinkCheck.Refused(refusal.get());
        }
        Optional<AppUser> user = users.findById(link.getUserId()).filter(account -> opens(link, account));
        return user.<LinkCheck>map(account -> new LinkCheck.Valid(
                        link.getPurpose(), account.getUsername(), account.getDisplayName(), languageOf(account)))
                .orElseGet(() -> new LinkCheck.Refused("mail.link.unknown"));
    }

    /**
     * Sets the password the link's person chose and uses the link up: it works once. An invited account opens;
     * the account's other links end, and so do its open sessions and "stay signed in" devices. A password the
     * rules refuse leaves the link unused. Returns the username to sign in with.
     */
    @Transactional
    public String setPassword(String token, String password) {
        AccountToken link = links.find(token).orElseThrow(() -> new UserAdministrationException("mail.link.unknown"));
        links.refusal(link).ifPresent(reason -> {
            throw new UserAdministrationException(reason);
        });
        AppUser user = users.findById(link.getUserId())
                .filter(account -> opens(link, account))
                .orElseThrow(() -> new UserAdministrationException("mail.link.unknown"));
        passwordPolicy.violation(password, user.getUsername()).ifPresent(rule -> {
            throw new UserAdministrationException(rule, PasswordPolicy.MIN_LENGTH);
        });
        if (!links.use(link)) {
            throw new UserAdministrationException("mail.link.used");
        }
        String hash = passwordEncoder.encode(password);
        if (link.getPurpose() == LinkPurpose.INVITATION) {
            user.acceptInvitation(hash);
        } else {
            user.changePasswordHash(hash);
        }
        links.endAll(user);
        rememberMeTokens.removeUserTokens(user.getUsername());
        return user.getUsername();
    }

    private void sendResetLink(String input, Locale pageLanguage) {
        OutgoingMail mail = transaction.execute(status -> prepareResetMail(input, pageLanguage));
        if (mail != null) {
            MailReport report = delivery.deliver(mail);
            if (report.state() == MailReport.State.FAILED) {
                log.warn("A password reset mail could not be sent: {}", report.failure());
            }
        }
    }

    private @Nullable OutgoingMail prepareResetMail(String input, Locale pageLanguage) {
        String key = input.toLowerCase(Locale.ROOT);
        Optional<AppUser> found = EmailAddress.looksLikeOne(key) ? users.findByEmail(key) : users.findByUsername(key);
        if (found.isEmpty() || !mayReceiveResetLink(found.get())) {
            return null;
        }
        AppUser user = found.get();
        Instant now = clock.instant();
        Optional<Instant> last = links.lastIssued(user, LinkPurpose.PASSWORD_RESET);
        if (last.isPresent() && last.get().plus(settings.resetInterval()).isAfter(now)) {
            log.info("No new reset mail for '{}': one was sent at {}", user.getUsername(), last.get());
            return null;
        }
        Locale language = languages.find(user.getPreferredLanguage()).orElse(pageLanguage);
        AccountLinks.IssuedLink link = links.issue(user, LinkPurpose.PASSWORD_RESET, language.getLanguage());
        String email = user.getEmail();
        if (email == null) {
            return null;
        }
        return mails.passwordReset(user, email, link, language);
    }

    private boolean opens(AccountToken link, AppUser user) {
        return link.getPurpose() == LinkPurpose.INVITATION ? user.isInvitationPending() : mayReceiveResetLink(user);
    }

    private Locale languageOf(AppUser user) {
        return languages.find(user.getPreferredLanguage()).orElse(languages.source());
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
