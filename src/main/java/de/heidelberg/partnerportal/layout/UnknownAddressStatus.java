package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The first HTML response for an address that is no page answers HTTP 404 (the browser then shows
 * the translated not-found page). Without this, a single-page app would answer every address with 200.
 */
@Component
class UnknownAddressStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = event.getSource().getRouter().getRegistry();
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/", "");
            if (registry.getNavigationTarget(route).isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
