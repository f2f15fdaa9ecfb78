package de.heidelberg.partnerportal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes the login page's UI once its user is signed in. The browser left that page when the form was
 * sent, but Vaadin would keep its UI in the session until three heartbeats are missed (15 minutes): a
 * quarter of the memory of a fresh session (measured, README "Load"). A tab still showing the login
 * page is reloaded at its next request and then finds its user signed in.
 */
@Component
class LoginPageCleanup implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    LoginPageCleanup(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI opened = init.getUI();
            if (!authentication.isAuthenticated()) {
                return;
            }
            List<UI> loginPages = opened.getSession().getUIs().stream()
                    .filter(ui -> ui != opened && showsLoginPage(ui))
                    .toList();
            loginPages.forEach(UI::close);
        });
    }

    /**
     * Whether the UI shows the login page. A UI still opening has no view yet (a page reloaded while it was
     * loading): asking it for its view would throw and fail the page being opened now.
     */
    private static boolean showsLoginPage(UI ui) {
        return !ui.getInternals().getActiveRouterTargetsChain().isEmpty() && ui.getCurrentView() instanceof LoginView;
    }
}
