package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.PasswordLinkService;

/**
 * "Forgot password": one enters a username or an e-mail address and is told, whatever was entered, that a
 * mail with a link is on its way if such an account exists. Nothing on the page tells whether it does.
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PasswordPage implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "forgot-password";

    private final PasswordLinkService passwordLinks;
    private final TextField account = new TextField();
    private final Div form = new Div();
    private final Paragraph intro = new Paragraph();
    private final Button send = new Button();

    public ForgotPasswordView(
            PasswordLinkService passwordLinks, SupportedLanguages languages, PortalProperties properties) {
        super(languages, properties);
        this.passwordLinks = passwordLinks;

        account.setLabel(getTranslation("mail.forgot.field"));
        account.setMaxLength(PasswordLinkService.INPUT_MAX);
        account.setRequiredIndicatorVisible(true);
        account.setAutocomplete(Autocomplete.USERNAME);
        account.setWidthFull();
        account.setAutofocus(true);
        send.setText(getTranslation("mail.forgot.send"));
        send.addClickListener(click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        form.addClassName("password-form");
        intro.setText(getTranslation("mail.forgot.intro"));
        card.add(new H2(getTranslation("mail.forgot.title")), form, signInLink(getTranslation("mail.back-to-login")));
    }

    /** Each visit starts with the empty form (Vaadin keeps the page when one comes back to it). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        account.clear();
        account.setInvalid(false);
        form.removeAll();
        form.add(intro, account, send);
    }

    private void send() {
        if (account.getValue().isBlank()) {
            account.setInvalid(true);
            account.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        passwordLinks.requestReset(account.getValue(), getLocale());
        Paragraph answer = new Paragraph(getTranslation("mail.forgot.sent"));
        answer.addClassName("password-answer");
        answer.getElement().setAttribute("role", "status");
        form.removeAll();
        form.add(answer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.forgot.title") + " – " + getTranslation("app.name");
    }
}
