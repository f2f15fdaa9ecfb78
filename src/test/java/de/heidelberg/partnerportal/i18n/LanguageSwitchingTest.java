package de.heidelberg.partnerportal.i18n;

import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.security.UserService;
import de.heidelberg.partnerportal.security.ui.LoginView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** ?lang= selects the language on any page, the switcher offers the others, signed-in users keep it. */
@PortalTest
class LanguageSwitchingTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @AfterEach
    void forgetTheChoice() {
        users.rememberLanguage("staff", null);
    }

    @Test
    @WithAnonymousUser
    void theLoginPageIsGermanByDefault() {
        LoginView login = navigate(LoginView.class);
        assertThat(login.getElement().getTextRecursively()).contains("Partnerstädte-Portal");
        assertThat(loginFormTexts()).contains("\"Anmelden\"");
    }

    @Test
    @WithAnonymousUser
    void theLoginPageSpeaksEnglishAndFrench() {
        navigateWithLanguage("login", "en", LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(loginFormTexts()).contains("\"Sign in\"").doesNotContain("Anmelden");

        navigateWithLanguage("login", "fr", LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(loginFormTexts()).contains("Nom d'utilisateur", "Se connecter");
    }

    @Test
    @WithAnonymousUser
    void anUnknownLanguageIsIgnored() {
        navigateWithLanguage("login", "xx", LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    @WithAnonymousUser
    void theSwitcherLinksToThisPageInEachLanguage() {
        navigateWithLanguage("login", "fr", LoginView.class);
        var links = $(Anchor.class, $(LanguageSwitcher.class).single()).all();
        assertThat(links).extracting(Anchor::getText).containsExactly("DE", "EN", "FR");
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly("/login?lang=de", "/login?lang=en", "/login?lang=fr");
        assertThat(links.get(2).getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(links.get(0).getElement().getAttribute("title")).isEqualTo("Deutsch");
        assertThat(links.get(2).getElement().getAttribute("title")).isEqualTo("Français");
        // read out as the visible code and the language's own name: the name contains what is seen (WCAG 2.5.3)
        assertThat(links)
                .extracting(link -> link.getElement().getTextRecursively())
                .containsExactly("DE Deutsch", "EN English", "FR Français");
        assertThat(links)
                .allSatisfy(link ->
                        assertThat(link.getElement().hasAttribute("aria-label")).isFalse());
    }

    @Test
    @WithUserDetails("staff")
    void aSignedInUsersChoiceTranslatesTheLayoutAndIsRemembered() {
        navigateWithLanguage("", "fr", StartView.class);
        assertThat($(SideNav.class).single().getItems())
                .extracting(SideNavItem::getLabel)
                .startsWith("Accueil", "Villes partenaires");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bienvenue");
        assertThat(users.preferredLanguage("staff")).contains("fr");

        navigateWithLanguage("", "en", StartView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Welcome");
        assertThat(users.preferredLanguage("staff")).contains("en");
    }

    private String loginFormTexts() {
        return String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }
}
