package de.heidelberg.partnerportal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A refusal more precise than its status: the API's {@code error} code and the translation key of the message.
 * A controller that refuses with it hands it to the portal's error answer, which writes it in the caller's
 * language and in the form of the address (JSON on the API, a page elsewhere), whatever the caller accepts.
 *
 * @param error the machine-readable code, e.g. {@code search.error.empty}
 * @param messageKey the translation key of the message
 * @param parameters the message's parameters
 */
public record ErrorAnswer(String error, String messageKey, Object... parameters) {

    static final String ATTRIBUTE = ErrorAnswer.class.getName();

    /** Answers the request with this status and this answer (through the portal's error answer). */
    public void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        request.setAttribute(ATTRIBUTE, this);
        response.sendError(status);
    }
}
