package de.heidelberg.partnerportal.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's last word on an error that no error page answered — above all requests Tomcat refuses before the
 * portal sees them (an address or headers over 8 KB, control characters in a header, characters not allowed
 * in an address): the portal's own answer instead of Tomcat's page (which names Tomcat).
 */
class PortalErrorReportValve extends ErrorReportValve {

    private final ErrorBodies bodies;

    PortalErrorReportValve(ErrorBodies bodies) {
        this.bodies = bodies;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: only an error whose answer is still empty, and only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        ErrorBody body = bodies.answer(request, path, status, null, throwable);
        try {
            response.setContentType(body.contentType());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body.text());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unanswerable) {
            // the connection is gone or cannot take a body: the status stands
        }
    }
}
