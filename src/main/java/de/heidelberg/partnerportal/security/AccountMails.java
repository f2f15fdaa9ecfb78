package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.PortalProperties;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The texts of the invitation and password mails, in the recipient's language (from translations/). */
@Component
class AccountMails {

    private final I18n i18n;
    private final PortalProperties properties;

    AccountMails(I18n i18n, PortalProperties properties) {
        this.i18n = i18n;
        this.properties = properties;
    }

    OutgoingMail invitation(AppUser user, String email, AccountLinks.IssuedLink link, Locale language) {
        return mail("mail.invitation", user, email, link, language);
    }

    OutgoingMail passwordReset(AppUser user, String email, AccountLinks.IssuedLink link, Locale language) {
        return mail("mail.reset", user, email, link, language);
    }

    private OutgoingMail mail(
            String keyPrefix, AppUser user, String email, AccountLinks.IssuedLink link, Locale language) {
        String portal = i18n.text("app.name", language);
        String office = i18n.text("app.office", language, properties.homeCity().name());
        String until = LocalizedFormats.date(link.expiresAt(), i18n.text("format.dateTime", language), language);
        String subject = i18n.text(keyPrefix + ".subject", language, portal);
        String text = i18n.text(
                keyPrefix + ".text",
                language,
                user.getDisplayName(),
                portal,
                office,
                user.getUsername(),
                link.url(),
                until);
        return new OutgoingMail(email, subject, text, language, link.url());
    }
}
