package de.heidelberg.partnerportal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Every page (Vaadin's bootstrap HTML) gets a fresh nonce: its own inline scripts carry it and the page's
 * Content-Security-Policy allows only scripts from the portal and those with the nonce (see
 * {@link SecurityHeaders}). The header set here replaces the default policy Spring Security wrote before.
 */
@Component
class PageContentSecurityPolicy implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String nonce = nonce();
            for (Element script : response.getDocument().getElementsByTag("script")) {
                script.attr("nonce", nonce);
            }
            response.getVaadinResponse().setHeader("Content-Security-Policy", SecurityHeaders.pagePolicy(nonce));
        });
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
