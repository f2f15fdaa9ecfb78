package de.heidelberg.partnerportal.security;

import java.io.Serial;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token: the token's role (STAFF or PARTNER) is its only authority, so
 * content services make of it the same reader as of a user with that role. Its name ({@code api-token:12})
 * can never be a username, which has no colon.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;

    ApiTokenAuthentication(long tokenId, Role role) {
        super(PortalUser.authoritiesOf(Set.of(role), Set.of()));
        this.name = "api-token:" + tokenId;
        setAuthenticated(true);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    /** The token is not kept once checked. */
    @Override
    public @Nullable Object getCredentials() {
        return null;
    }
}
