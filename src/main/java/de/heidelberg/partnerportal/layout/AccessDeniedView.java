package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page the user's role may not open: HTTP 403 and a translated explanation. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.access-denied.title", "error.access-denied.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
