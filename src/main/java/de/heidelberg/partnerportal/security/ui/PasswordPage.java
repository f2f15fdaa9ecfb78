package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.LanguageSwitcher;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;

/**
 * The frame of the pages one reaches without signing in, as the sign-in page looks: the language switcher
 * above, the portal's name and a card with the page's content.
 */
abstract class PasswordPage extends Main {

    protected final Div card = new Div();

    PasswordPage(SupportedLanguages languages, PortalProperties properties) {
        addClassName("login-view");
        Div header = new Div(new LanguageSwitcher(languages.all()));
        header.addClassName("login-header");
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle =
                new Paragraph(getTranslation("app.office", properties.homeCity().name()));
        subtitle.addClassName("login-subtitle");
        card.addClassNames("login-card", "password-card");
        card.add(title, subtitle);
        add(header, card);
    }

    /** A link to the sign-in page. */
    protected Anchor signInLink(String text) {
        Anchor link = new Anchor("login", text);
        link.addClassName("password-back");
        return link;
    }
}
