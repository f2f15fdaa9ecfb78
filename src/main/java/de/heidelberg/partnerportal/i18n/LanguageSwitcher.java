package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Links to the current page in every supported language ("DE · EN · FR", each named in its own language
 * for assistive technology: "EN English"). They are real links with
 * {@code ?lang=}: bookmarkable, usable without JavaScript, and each one loads the page afresh in its
 * language, so that everything on it (including {@code <html lang>}) follows.
 */
public class LanguageSwitcher extends Nav {

    private final List<Locale> languages;
    private final List<Anchor> links = new ArrayList<>();
    private @Nullable Registration navigationListener;

    public LanguageSwitcher(List<Locale> languages) {
        this.languages = languages;
        addClassName("language-switcher");
        for (Locale language : languages) {
            String nativeName = getTranslation(language, "language.native");
            Anchor link = new Anchor(
                    "?lang=" + language.getLanguage(), language.getLanguage().toUpperCase(Locale.ROOT));
            // the name read out is the visible code followed by the language's own name ("EN English"):
            // it contains what is seen, so speech input ("click EN") finds the link (WCAG 2.5.3)
            Span fullName = new Span(" " + nativeName);
            fullName.addClassName("visually-hidden");
            link.add(fullName);
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("hreflang", language.getLanguage());
            link.getElement().setAttribute("lang", language.getLanguage());
            link.getElement().setAttribute("title", nativeName);
            links.add(link);
            add(link);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        update(ui.getInternals().getActiveViewLocation(), ui.getLocale());
        navigationListener =
                ui.addAfterNavigationListener(navigation -> update(navigation.getLocation(), ui.getLocale()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigationListener != null) {
            navigationListener.remove();
            navigationListener = null;
        }
    }

    private void update(Location location, Locale current) {
        for (int i = 0; i < languages.size(); i++) {
            Locale language = languages.get(i);
            Anchor link = links.get(i);
            link.setHref(hrefFor(location, language));
            if (language.getLanguage().equals(current.getLanguage())) {
                link.getElement().setAttribute("aria-current", "true");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    /** The current path with its query, {@code lang} replaced by the given language. */
    static String hrefFor(@Nullable Location location, Locale language) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (location != null) {
            parameters.putAll(location.getQueryParameters().getParameters());
        }
        parameters.put(LocaleSelector.PARAMETER, List.of(language.getLanguage()));
        String path = location == null ? "" : location.getPath();
        return "/" + LinkPaths.escaped(path) + "?" + new QueryParameters(parameters).getQueryString();
    }
}
