package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The first HTML response of a page carries the right HTTP status: 404 for an address that is no
 * page, 403 for a page the user's role may not open. (A single-page app would otherwise answer 200
 * everywhere; the browser then shows the translated error page.)
 */
@Component
class PageHttpStatus implements VaadinServiceInitListener {

    private final AccessAnnotationChecker accessChecker;

    PageHttpStatus(AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/", "");
            var target = registry.getNavigationTarget(route);
            if (target.isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            } else if (response.getVaadinRequest() instanceof VaadinServletRequest request
                    && !accessChecker.hasAccess(target.get(), request.getHttpServletRequest())) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        });
    }
}
