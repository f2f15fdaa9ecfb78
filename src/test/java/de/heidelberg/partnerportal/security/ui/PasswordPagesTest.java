package de.heidelberg.partnerportal.security.ui;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.mail.MailOutbox;
import de.heidelberg.partnerportal.security.NewUser;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.security.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The pages a visitor reaches without signing in: "forgot password" and the page behind a link. */
@PortalTest
@WithAnonymousUser
class PasswordPagesTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    MailOutbox outbox;

    @Test
    void theSignInPageOffersForgotPassword() {
        navigateWithLanguage("login", "en", LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Forgot your password?");
    }

    @Test
    void theAnswerIsTheSameForAnExistingAndAnUnknownAccountAndOnlyTheExistingOneGetsAMail() throws Exception {
        String username = "lena." + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@heidelberg.example";
        asAdmin(() -> users.create(
                new NewUser(username, "Lena", EnumSet.of(Role.STAFF), Set.of(), "Alte Brücke im Morgenlicht", email)));
        long before = asAdmin(outbox::count);

        String unknown = askForALink("nobody." + username + "@nowhere.example");
        String known = askForALink(email);
        assertThat(known).isEqualTo(unknown).contains("Wenn es ein Konto mit diesem Benutzernamen");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (asAdmin(outbox::count) == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        Thread.sleep(300);
        assertThat(asAdmin(outbox::count)).isEqualTo(before + 1);
        assertThat(asAdmin(() -> outbox.newestFirst(0, 1).getFirst().recipient()))
                .isEqualTo(email);
    }

    @Test
    void anUnknownOrMalformedLinkGetsAClearPage() {
        for (String token : new String[] {"abc", "A".repeat(43), "%3Cscript%3E"}) {
            SetPasswordView page = navigateWithLanguage("password/" + token, "en", SetPasswordView.class);
            assertThat(page.getElement().getTextRecursively())
                    .contains("This link does not work", "The portal does not know this link");
        }
    }

    private String askForALink(String input) {
        ForgotPasswordView page = navigateWithLanguage(ForgotPasswordView.ROUTE, "de", ForgotPasswordView.class);
        test($(TextField.class, page)
                        .withLabel("Benutzername oder E-Mail-Adresse")
                        .single())
                .setValue(input);
        test($(Button.class, page).withText("Link senden").single()).click();
        assertThat($(TextField.class, page).exists()).isFalse();
        return page.getElement().getTextRecursively();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        SecurityContextHolder.setContext(admin);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
