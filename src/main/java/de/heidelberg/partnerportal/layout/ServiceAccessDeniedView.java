package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page whose service refused the user while it opened, e.g. a translator at {@code /edit/news/new}
 * (they may open the editor of an item, but not create one): the same translated explanation and 403
 * as for a page the role may not open, not an internal error.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServiceAccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.access-denied.title", "error.access-denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
