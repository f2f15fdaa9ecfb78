package de.heidelberg.partnerportal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reports password checks to the throttle, from Spring Security's authentication events, whichever provider
 * checked the password (the portal's users, a directory): a wrong password counts against the username and
 * the client address, a right one starts the username's count anew. Only username and password attempts (the
 * form, HTTP Basic) count: remember-me and API tokens are no password attempts, and a disabled account's
 * refusal is no wrong password.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        try {
            throttle.failed(attempt.getName(), address(attempt));
        } catch (RuntimeException notCounted) {
            // the person still gets "wrong password", not an error page
            log.error("A wrong password for {} could not be counted", attempt.getName(), notCounted);
        }
    }

    /** Published by the password check itself, for the form and for HTTP Basic alike. */
    @EventListener
    void onRightPassword(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        try {
            throttle.succeeded(signedIn.getName());
        } catch (RuntimeException notReset) {
            log.error("The failures of {} could not be reset", signedIn.getName(), notReset);
        }
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            HttpServletRequest request = current.getRequest();
            return request.getRemoteAddr();
        }
        return SignInThrottle.UNKNOWN_ADDRESS;
    }
}
