package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.LinkCheck;
import de.heidelberg.partnerportal.security.LinkPurpose;
import de.heidelberg.partnerportal.security.PasswordLinkService;
import de.heidelberg.partnerportal.security.PasswordPolicy;
import de.heidelberg.partnerportal.security.UserAdministrationException;

/**
 * The page behind the link of an invitation or password mail ({@code /password/{token}}): the person
 * chooses their password (twice, checked against the rules while they type), once. A link that is unknown,
 * expired, used or replaced by a newer one gets a page that says so and what to do.
 */
@Route(value = PasswordLinkService.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends PasswordPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinkService passwordLinks;
    private final PasswordPolicy policy;
    private final AuthenticationContext authentication;
    private final Div content = new Div();
    private String titleKey = "mail.password.page-title";

    public SetPasswordView(
            PasswordLinkService passwordLinks,
            PasswordPolicy policy,
            AuthenticationContext authentication,
            SupportedLanguages languages,
            PortalProperties properties) {
        super(languages, properties);
        this.passwordLinks = passwordLinks;
        this.policy = policy;
        this.authentication = authentication;
        content.addClassName("password-form");
        card.add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        switch (passwordLinks.check(token)) {
            case LinkCheck.Valid valid -> showForm(token, valid);
            case LinkCheck.Refused refused -> showRefusal(refused.reasonKey());
        }
    }

    private void showForm(String token, LinkCheck.Valid link) {
        boolean invitation = link.purpose() == LinkPurpose.INVITATION;
        titleKey = "mail.password.page-title";
        TextField username = new TextField(getTranslation("users.field.username"));
        username.setValue(link.username());
        username.setReadOnly(true);
        username.setWidthFull();
        // the browser's password manager stores the new password with this username
        username.getElement().setAttribute("autocomplete", "username");
        PasswordFields passwords = new PasswordFields(policy, link::username);
        passwords.password.setWidthFull();
        passwords.confirmation.setWidthFull();
        Binder<PasswordForm> binder = new Binder<>();
        passwords.bind(binder);
        PasswordForm form = new PasswordForm();
        binder.setBean(form);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button save = new Button(getTranslation("mail.password.save"), click -> {
            if (binder.validate().isOk()) {
                save(token, form.getPassword(), error);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        content.add(
                new H2(
                        invitation
                                ? getTranslation("mail.password.welcome", link.displayName())
                                : getTranslation("mail.password.title")),
                new Paragraph(getTranslation(
                        invitation ? "mail.password.welcome.intro" : "mail.password.intro", link.username())),
                error,
                username,
                passwords.password,
                passwords.confirmation,
                save);
    }

    private void save(String token, String password, Paragraph error) {
        try {
            String username = passwordLinks.setPassword(token, password);
            showDone(username);
        } catch (UserAdministrationException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.parameters()));
            error.setVisible(true);
        }
    }

    private void showDone(String username) {
        titleKey = "mail.password.done.title";
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("mail.password.done", username));
        done.getElement().setAttribute("role", "status");
        content.add(new H2(getTranslation(titleKey)), done);
        if (authentication.isAuthenticated()) {
            // someone else is signed in in this browser (e.g. the administrator who followed the link from the
            // outbox): signing out first lets the new account sign in
            content.add(new Paragraph(getTranslation(
                    "mail.password.signed-in-as",
                    authentication.getPrincipalName().orElse(""))));
            Button signIn = new Button(
                    getTranslation("mail.password.sign-out-and-in", username), click -> authentication.logout());
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(signIn);
        } else {
            content.add(signInLink(getTranslation("mail.password.sign-in")));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showRefusal(String reasonKey) {
        titleKey = "mail.link.title";
        Paragraph reason = new Paragraph(getTranslation(reasonKey));
        reason.getElement().setAttribute("role", "alert");
        content.add(
                new H2(getTranslation(titleKey)),
                reason,
                new Paragraph(
                        signInLink(getTranslation("mail.back-to-login")),
                        new Text(" · "),
                        new Anchor(ForgotPasswordView.ROUTE, getTranslation("mail.forgot.link"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
