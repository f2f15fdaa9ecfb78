package de.heidelberg.partnerportal.security;

import de.heidelberg.partnerportal.security.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A request refused for its CSRF token. A sign-in form without a valid token (opened before the server was
 * restarted, or posted from another site) goes back to a fresh sign-in page that says so; anything else gets
 * 403.
 */
final class ExpiredSignInForm implements AccessDeniedHandler {

    private final AccessDeniedHandler others = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED);
        } else {
            others.handle(request, response, refused);
        }
    }
}
