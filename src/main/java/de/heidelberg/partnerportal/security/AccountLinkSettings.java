package de.heidelberg.partnerportal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the links in invitation and password mails work ({@code portal.account-links.*}).
 *
 * @param invitationValidity how long an invitation link works
 * @param resetValidity how long a password-reset link works
 * @param resetInterval at most one reset mail per account in this time, so that nobody can flood a
 *     colleague's inbox through "forgot password"
 */
@ConfigurationProperties("portal.account-links")
public record AccountLinkSettings(
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("1h") Duration resetValidity,
        @DefaultValue("5m") Duration resetInterval) {

    Duration validity(LinkPurpose purpose) {
        return purpose == LinkPurpose.INVITATION ? invitationValidity : resetValidity;
    }
}
