package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Puts every page in its language: {@code <html lang>} in the first HTML response, the locale of
 * each new UI, and {@code ?lang=} on any in-app navigation.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final LocaleSelector selector;

    LocaleSetup(LocaleSelector selector) {
        this.selector = selector;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = selector.resolve(response.getVaadinRequest(), response.getVaadinResponse());
            response.getDocument().selectFirst("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                LocaleSelector.apply(ui, selector.resolve(request, VaadinResponse.getCurrent()));
            }
            ui.addBeforeEnterListener(enter -> enter.getLocation()
                    .getQueryParameters()
                    .getSingleParameter(LocaleSelector.PARAMETER)
                    .flatMap(selector::find)
                    .filter(locale -> !locale.equals(ui.getLocale()))
                    .ifPresent(locale -> {
                        selector.switchTo(ui, locale);
                        // a page that stays on screen (same view, other ?lang=) was built in the old
                        // language: build it again once this navigation is over
                        ui.beforeClientResponse(ui, context -> ui.refreshCurrentRoute(true));
                    }));
        });
    }
}
