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

/** The sign-in page, in the visitor's language, with the language switcher. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    /** The sign-in form's field for "stay signed in" (Spring Security's remember-me parameter). */
    public static final String STAY_SIGNED_IN = "remember-me";

    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication, SupportedLanguages languages, PortalProperties properties) {
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
        if (properties.demo()) {
            Paragraph demo = new Paragraph(getTranslation("login.demo-accounts"));
            demo.addClassName("login-demo");
            card.add(demo);
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
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
