package de.heidelberg.partnerportal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * Malformed requests that Spring MVC would otherwise let through as exceptions (500): a multipart body
 * without a boundary (on any address: the dispatcher parses it before it looks for a handler), parameters
 * that are no valid UTF-8 ({@code ?q=%FF}). They answer 400, as every other malformed request does, through
 * the portal's error answer.
 */
@ControllerAdvice
class BadRequestAdvice {

    private static final Logger log = LoggerFactory.getLogger(BadRequestAdvice.class);

    @ExceptionHandler({MultipartException.class, InvalidParameterException.class})
    void malformed(Exception malformed, HttpServletResponse response) throws IOException {
        log.debug("Malformed request: {}", malformed.getMessage());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
