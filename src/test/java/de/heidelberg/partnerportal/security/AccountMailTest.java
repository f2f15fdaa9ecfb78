package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.SignedIn.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.MutableClock;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.mail.MailOutbox;
import de.heidelberg.partnerportal.mail.OutboxEntry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Invitations and password links with sending on, through a real SMTP server (GreenMail) inside the test: the
 * mail arrives in the invitee's language, its link sets the password once, then they sign in with their roles;
 * "forgot password" answers alike for every input and mails only existing accounts; a mail server that is down
 * fails no administrator's action.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountMailTest {

    private static final int SMTP_PORT = freePort();
    private static final String PUBLIC_URL = "https://portal.heidelberg.example";
    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(PUBLIC_URL) + "/password/([A-Za-z0-9_-]{43})\\?lang=([a-z]{2})");
    private static final String GOOD_PASSWORD = "Pont Saint-Esprit 1226";

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("portal.mail.send", () -> "true");
        properties.add("portal.mail.from", () -> "Partnerportal <international@heidelberg.example>");
        properties.add("portal.public-url", () -> PUBLIC_URL + "/");
    }

    @TestBean
    Clock clock;

    static Clock clock() {
        return new MutableClock();
    }

    @LocalServerPort
    int port;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordLinkService passwordLinks;

    @Autowired
    UserService users;

    @Autowired
    MailOutbox outbox;

    @Autowired
    UserDetailsService accounts;

    @Test
    void anInvitedTranslatorGetsAFrenchMailSetsAPasswordOnceAndSignsIn() throws Exception {
        String username = unique("claire");
        String email = username + "@montpellier.example";
        InvitationService.Invited invited = asAdmin(
                () -> invitations.invite(new NewInvitation("Claire Dubois", email, username, "fr", Set.of("fr"))));
        assertThat(invited.mail().state()).isEqualTo(MailReport.State.SENT);
        assertThat(invited.user().invitationPending()).isTrue();
        assertThat(invited.user().enabled()).isFalse();

        MimeMessage mail = onlyMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Invitation au Portail des villes partenaires");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Partnerportal <international@heidelberg.example>");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("Bonjour Claire Dubois", "Votre nom d'utilisateur : " + username);
        Matcher link = link(text);
        assertThat(link.group(2)).isEqualTo("fr");
        String token = link.group(1);

        // before the invitation is accepted, nobody signs in with the account
        assertThat(browser().signIn(username, GOOD_PASSWORD)).contains("/login?error");
        // the link's page opens without signing in
        assertThat(browser().get("/password/" + token + "?lang=fr").statusCode())
                .isEqualTo(200);
        assertThat(passwordLinks.check(token))
                .isEqualTo(new LinkCheck.Valid(LinkPurpose.INVITATION, username, "Claire Dubois", Locale.FRENCH));

        assertThatThrownBy(() -> passwordLinks.setPassword(token, "password1234"))
                .as("a weak password leaves the link unused")
                .hasMessage("password.common");
        assertThat(passwordLinks.setPassword(token, GOOD_PASSWORD)).isEqualTo(username);
        assertThatThrownBy(() -> passwordLinks.setPassword(token, "Another fine password 7"))
                .isInstanceOf(UserAdministrationException.class)
                .hasMessage("mail.link.used");
        assertThat(passwordLinks.check(token)).isEqualTo(new LinkCheck.Refused("mail.link.used"));

        HttpBrowser claire = browser();
        assertThat(claire.signIn(username, GOOD_PASSWORD)).doesNotContain("error");
        assertThat(claire.get("/").statusCode()).isEqualTo(200);
        assertThat(accounts.loadUserByUsername(username).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PARTNER", "ROLE_TRANSLATOR", "TRANSLATE_fr");
        UserSummary accepted = find(username);
        assertThat(accepted.enabled()).isTrue();
        assertThat(accepted.invitationPending()).isFalse();
        assertThat(accepted.email()).isEqualTo(email);

        OutboxEntry recorded = newestInOutbox();
        assertThat(recorded.recipient()).isEqualTo(email);
        assertThat(recorded.state()).isEqualTo(MailReport.State.SENT);
        assertThat(recorded.language()).isEqualTo("fr");
        assertThat(recorded.text())
                .as("a sent mail's link is for its recipient only")
                .doesNotContain(token)
                .contains("[lien retiré");
    }

    @Test
    void anExpiredInvitationIsRefusedAndANewOneReplacesIt() throws Exception {
        String username = unique("ben");
        String email = username + "@cambridge.example";
        asAdmin(() -> invitations.invite(new NewInvitation("Ben Carter", email, username, "en", Set.of())));
        MimeMessage first = onlyMailTo(email);
        assertThat(first.getSubject()).isEqualTo("Invitation to the Partner Cities Portal");
        String expired = link(GreenMailUtil.getBody(first)).group(1);

        ((MutableClock) clock).advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(passwordLinks.check(expired)).isEqualTo(new LinkCheck.Refused("mail.link.invitation-expired"));
        assertThatThrownBy(() -> passwordLinks.setPassword(expired, GOOD_PASSWORD))
                .hasMessage("mail.link.invitation-expired");

        asAdmin(() -> invitations.resend(username));
        smtp.waitForIncomingEmail(5_000, 2);
        String fresh =
                link(GreenMailUtil.getBody(smtp.getReceivedMessages()[1])).group(1);
        assertThat(fresh).isNotEqualTo(expired);
        assertThat(passwordLinks.check(expired)).isEqualTo(new LinkCheck.Refused("mail.link.superseded"));
        assertThat(passwordLinks.setPassword(fresh, GOOD_PASSWORD)).isEqualTo(username);
        assertThat(accounts.loadUserByUsername(username).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PARTNER");
    }

    @Test
    void forgotPasswordAnswersAlikeAndMailsOnlyAnExistingAccountAtMostOnceInFiveMinutes() throws Exception {
        String username = unique("lena");
        String email = username + "@heidelberg.example";
        String sentinel = unique("sentinel");
        asAdmin(() -> {
            users.create(new NewUser(
                    username, "Lena Vogel", EnumSet.of(Role.STAFF), Set.of(), "Alte Brücke im Morgenlicht", email));
            users.create(new NewUser(
                    sentinel,
                    "Sentinel",
                    EnumSet.of(Role.STAFF),
                    Set.of(),
                    "Alte Brücke im Morgenlicht",
                    sentinel + "@heidelberg.example"));
            return null;
        });
        HttpBrowser lenasLaptop = browser();
        assertThat(lenasLaptop.signIn(username, "Alte Brücke im Morgenlicht")).doesNotContain("error");

        // one background thread takes the requests in turn: had the unknown ones made a mail, it would come first
        passwordLinks.requestReset("nobody@nowhere.example", Locale.GERMAN);
        passwordLinks.requestReset("no.such.user", Locale.GERMAN);
        passwordLinks.requestReset(email.toUpperCase(Locale.ROOT), Locale.ENGLISH);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage reset = smtp.getReceivedMessages()[0];
        assertThat(reset.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(email);
        assertThat(reset.getSubject())
                .as("in the page's language: the account has none remembered")
                .isEqualTo("New password for the Partner Cities Portal");

        // a second request within five minutes sends nothing (the sentinel's mail shows the queue was worked off)
        passwordLinks.requestReset(username, Locale.ENGLISH);
        passwordLinks.requestReset(sentinel, Locale.GERMAN);
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(smtp.getReceivedMessages()[1].getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(sentinel + "@heidelberg.example");

        String token = link(GreenMailUtil.getBody(reset)).group(1);
        assertThat(passwordLinks.check(token))
                .isEqualTo(new LinkCheck.Valid(LinkPurpose.PASSWORD_RESET, username, "Lena Vogel", Locale.GERMAN));
        passwordLinks.setPassword(token, GOOD_PASSWORD);
        HttpResponse<String> afterReset = lenasLaptop.get("/");
        assertThat(afterReset.statusCode())
                .as("the session signed in with the old password ended")
                .isEqualTo(302);
        assertThat(browser().signIn(username, "Alte Brücke im Morgenlicht")).contains("/login?error");
        assertThat(browser().signIn(username, GOOD_PASSWORD)).doesNotContain("error");

        ((MutableClock) clock).advance(Duration.ofMinutes(6));
        passwordLinks.requestReset(username, Locale.ENGLISH);
        assertThat(smtp.waitForIncomingEmail(10_000, 3))
                .as("five minutes later another link may go")
                .isTrue();
    }

    @Test
    void aResetLinkExpiresAfterAnHour() throws Exception {
        String username = unique("tom");
        String email = username + "@heidelberg.example";
        asAdmin(() -> users.create(
                new NewUser(username, "Tom", EnumSet.of(Role.STAFF), Set.of(), "Alte Brücke im Morgenlicht", email)));
        passwordLinks.requestReset(username, Locale.FRENCH);
        String token = link(GreenMailUtil.getBody(onlyMailTo(email))).group(1);
        ((MutableClock) clock).advance(Duration.ofMinutes(61));
        assertThat(passwordLinks.check(token)).isEqualTo(new LinkCheck.Refused("mail.link.expired"));
    }

    @Test
    void noResetLinkForADisabledAccount() throws Exception {
        String username = unique("gone");
        String email = username + "@heidelberg.example";
        asAdmin(() -> {
            users.create(new NewUser(
                    username, "Gone", EnumSet.of(Role.STAFF), Set.of(), "Alte Brücke im Morgenlicht", email));
            return users.setEnabled(username, false);
        });
        String sentinel = unique("sentinel");
        asAdmin(() -> users.create(new NewUser(
                sentinel,
                "Sentinel",
                EnumSet.of(Role.STAFF),
                Set.of(),
                "Alte Brücke im Morgenlicht",
                sentinel + "@heidelberg.example")));
        passwordLinks.requestReset(email, Locale.GERMAN);
        passwordLinks.requestReset(sentinel, Locale.GERMAN);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0].toString())
                .startsWith(sentinel);
    }

    @Test
    void aMailServerThatIsDownFailsNoInvitation() throws Exception {
        smtp.stop();
        String username = unique("marta");
        String email = username + "@krakow.example";
        InvitationService.Invited invited =
                asAdmin(() -> invitations.invite(new NewInvitation("Marta Nowak", email, username, "en", Set.of())));
        assertThat(invited.mail().state()).isEqualTo(MailReport.State.FAILED);
        assertThat(invited.mail().failure()).isNotBlank();
        assertThat(find(username).invitationPending()).isTrue();

        OutboxEntry failed = newestInOutbox();
        assertThat(failed.recipient()).isEqualTo(email);
        assertThat(failed.state()).isEqualTo(MailReport.State.FAILED);
        assertThat(failed.failure()).isEqualTo(invited.mail().failure());
        assertThat(failed.text()).doesNotContainPattern(LINK);
    }

    @Test
    void thePasswordPagesOpenWithoutSignInAndTheOutboxDoesNot() throws Exception {
        assertThat(browser().get("/forgot-password").statusCode()).isEqualTo(200);
        assertThat(browser().get("/password/not-a-token").statusCode()).isEqualTo(200);
        HttpResponse<String> outboxPage = browser().get("/admin/outbox");
        assertThat(outboxPage.statusCode()).isEqualTo(302);
        assertThat(outboxPage.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpBrowser partner = browser();
        partner.signIn("partner", "partner");
        assertThat(partner.get("/admin/outbox").statusCode()).isEqualTo(403);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(address);
        return received[0];
    }

    private static Matcher link(String text) {
        Matcher link = LINK.matcher(text.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a link in: " + text).isTrue();
        return link;
    }

    private OutboxEntry newestInOutbox() {
        return asAdmin(() -> outbox.newestFirst(0, 1).getFirst());
    }

    private UserSummary find(String username) {
        return asAdmin(() -> users.findAll().stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .orElseThrow());
    }

    private HttpBrowser browser() {
        return new HttpBrowser("http://localhost:" + port);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 6);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
