package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.LanguageSwitcher;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.DemoDirectory;
import de.heidelberg.partnerportal.security.DirectoryProperties;
import java.util.Optional;
import org.springframework.core.env.Environment;

/** The sign-in page, in the visitor's language, with the language switcher. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    /** The sign-in form's field for "stay signed in" (Spring Security's remember-me parameter). */
    public static final String STAY_SIGNED_IN = "remember-me";
    /** The query parameter of a sign-in refused because the form's CSRF token was missing or out of date. */
    public static final String EXPIRED = "expired";
    /** The sign-in page's address (the form is sent to it too). */
    public static final String ROUTE = "login";
    /** The parameter of a refused sign-in: too many wrong passwords, try again in so many minutes. */
    public static final String LOCKED = "locked";
    /** More minutes than a lock lasts are not believed from an address. */
    private static final int MAX_MINUTES = 24 * 60;

    private final LoginForm form = new LoginForm();

    public LoginView(
            AuthenticationContext authentication,
            SupportedLanguages languages,
            PortalProperties properties,
            DirectoryProperties directory,
            Environment environment) {
        this.authentication = authentication;
        addClassName("login-view");

        Div header = new Div(new LanguageSwitcher(languages.all()));
        header.addClassName("login-header");

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle =
                new Paragraph(getTranslation("app.office", properties.homeCity().name()));
        subtitle.addClassName("login-subtitle");

        form.setAction("login");
        form.setI18n(loginTexts());
        form.addForgotPasswordListener(forgot -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        // a field of the form's own area: sent with the form when ticked, unticked by default
        Checkbox staySignedIn = new Checkbox(getTranslation("login.stay-signed-in"));
        staySignedIn.addClassName("login-stay-signed-in");
        staySignedIn.getElement().setAttribute("slot", "custom-form-area");
        staySignedIn.getElement().setAttribute("name", STAY_SIGNED_IN);
        form.getElement().appendChild(staySignedIn.getElement());

        Paragraph help = new Paragraph(getTranslation("mail.login.help"));
        help.addClassName("login-help");

        Div card = new Div(title, subtitle, form, help);
        card.addClassName("login-card");
        if (directory.enabled()) {
            // which password: city staff use their directory account
            Paragraph directoryHint = new Paragraph(getTranslation("ldap.login.hint"));
            directoryHint.addClassName("login-help");
            card.addComponentAtIndex(card.indexOf(help), directoryHint);
        }
        if (properties.demo()) {
            Paragraph demo = new Paragraph(getTranslation("login.demo-accounts"));
            demo.addClassName("login-demo");
            card.add(demo);
        }
        if (environment.matchesProfiles(DemoDirectory.PROFILE)) {
            Paragraph directoryDemo = new Paragraph(getTranslation("ldap.login.demo-accounts"));
            directoryDemo.addClassName("login-demo");
            card.add(directoryDemo);
        }
        add(header, card);
    }

    private LoginI18n loginTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("mail.forgot.link"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        Optional<String> locked = parameters.getSingleParameter(LOCKED);
        if (parameters.getParameters().containsKey(EXPIRED)) {
            LoginI18n texts = loginTexts();
            texts.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.expired.message"));
            form.setI18n(texts);
            form.setError(true);
        } else if (locked.isPresent()) {
            // the same words whether the account exists or not: only the username was throttled
            LoginI18n texts = loginTexts();
            texts.getErrorMessage().setTitle(getTranslation("sign-in.locked.title"));
            texts.getErrorMessage().setMessage(lockedMessage(locked.get()));
            form.setI18n(texts);
            form.setError(true);
        } else {
            form.setError(parameters.getParameters().containsKey("error"));
        }
    }

    private String lockedMessage(String minutes) {
        try {
            int value = Integer.parseInt(minutes.strip());
            if (value == 1) {
                return getTranslation("sign-in.locked.minute");
            }
            if (value > 1 && value <= MAX_MINUTES) {
                return getTranslation("sign-in.locked.minutes", value);
            }
        } catch (NumberFormatException notANumber) {
            // a hand-made address: the words without a time
        }
        return getTranslation("sign-in.locked.later");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
