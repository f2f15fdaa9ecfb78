package de.heidelberg.partnerportal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Browserless navigation with a query string, which the test base class does not take. */
public final class Navigation {

    private Navigation() {}

    public static <T extends Component> T navigateWithLanguage(String path, String language, Class<T> expected) {
        UI ui = UI.getCurrent();
        ui.navigate(path, QueryParameters.of("lang", language));
        // what the server runs before it answers (e.g. rebuilding the page in the new language)
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return expected.cast(ui.getInternals().getActiveRouterTargetsChain().getFirst());
    }
}
