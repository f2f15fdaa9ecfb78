package de.heidelberg.partnerportal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container's error page ({@code /error}): a status sent by Spring MVC,
 * Spring Security (401, 403, a request its firewall rejected) or a controller, and exceptions nothing else
 * handled. Replaces Spring Boot's own error controller, whose answer depends on {@code Accept} (the
 * Whitelabel page for {@code text/html}, none at all for {@code text/plain}). Opened directly, there is no
 * error to show: 404.
 */
@Controller
class PortalErrorController implements ErrorController {

    static final String PATH = "/error";

    private final ErrorBodies bodies;

    PortalErrorController(ErrorBodies bodies) {
        this.bodies = bodies;
    }

    @RequestMapping(PATH)
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_NOT_FOUND;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        ErrorBody body = bodies.answer(
                request,
                path,
                status,
                request.getAttribute(ErrorAnswer.ATTRIBUTE) instanceof ErrorAnswer answer ? answer : null,
                request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure ? failure : null);
        response.setStatus(status);
        response.setContentType(body.contentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.text());
    }
}
