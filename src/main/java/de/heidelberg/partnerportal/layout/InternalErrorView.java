package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected while opening a page: the details go to the log under an incident number, the
 * reader gets a translated message with that number and never a stack trace.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Incident {} while opening /{}",
                incident,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        show("error.internal.title", "error.internal.text", incident);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
