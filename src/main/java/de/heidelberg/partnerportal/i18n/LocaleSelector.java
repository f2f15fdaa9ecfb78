package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decides which language a request is served in, and remembers an explicit choice.
 *
 * <p>Order: {@code ?lang=} on the URL (an explicit choice, remembered) → the choice already made in
 * this session → the signed-in user's saved preference → the language cookie of an anonymous visitor
 * → the browser's Accept-Language → the source language.
 */
@Component
public class LocaleSelector {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "portal-lang";
    static final String SESSION_LOCALE = LocaleSelector.class.getName() + ".locale";
    /** Set when an anonymous visitor chose a language; saved for the user once they sign in. */
    static final String SESSION_UNSAVED_CHOICE = LocaleSelector.class.getName() + ".unsaved";

    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private final SupportedLanguages languages;
    private final Optional<UserLanguagePreference> preferences;

    public LocaleSelector(SupportedLanguages languages, Optional<UserLanguagePreference> preferences) {
        this.languages = languages;
        this.preferences = preferences;
    }

    /** The language of this request; remembers an explicit {@code ?lang=} choice. */
    public Locale resolve(VaadinRequest request, @Nullable VaadinResponse response) {
        Optional<Locale> requested = languages.find(request.getParameter(PARAMETER));
        if (requested.isPresent()) {
            remember(requested.get(), request.getWrappedSession(), response);
            return requested.get();
        }
        WrappedSession session = request.getWrappedSession(false);
        Optional<String> user = signedInUser();
        if (session != null && session.getAttribute(SESSION_LOCALE) instanceof Locale chosen) {
            if (user.isPresent() && session.getAttribute(SESSION_UNSAVED_CHOICE) != null) {
                session.removeAttribute(SESSION_UNSAVED_CHOICE);
                preferences.ifPresent(p -> p.rememberLanguage(user.get(), chosen.getLanguage()));
            }
            return chosen;
        }
        Locale locale = user.flatMap(this::savedPreference)
                .or(() -> cookie(request))
                .orElseGet(() -> languages.bestMatch(request.getHeader("Accept-Language")));
        if (user.isPresent()) {
            request.getWrappedSession().setAttribute(SESSION_LOCALE, locale);
        }
        return locale;
    }

    /** Switches the UI (already built) to a language chosen with {@code ?lang=} during navigation. */
    public void switchTo(UI ui, Locale locale) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            remember(locale, request.getWrappedSession(), VaadinResponse.getCurrent());
        }
        apply(ui, locale);
    }

    /**
     * Gives this UI (browser tab) the language and sets {@code <html lang>}. The Vaadin session's locale
     * stays: it would relabel the user's other open tabs.
     */
    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    public Optional<Locale> find(@Nullable String tag) {
        return languages.find(tag);
    }

    private void remember(Locale locale, WrappedSession session, @Nullable VaadinResponse response) {
        boolean unchanged = locale.equals(session.getAttribute(SESSION_LOCALE));
        session.setAttribute(SESSION_LOCALE, locale);
        Optional<String> user = signedInUser();
        if (unchanged && user.isPresent()) {
            return;
        }
        if (user.isPresent()) {
            preferences.ifPresent(p -> p.rememberLanguage(user.get(), locale.getLanguage()));
        } else {
            session.setAttribute(SESSION_UNSAVED_CHOICE, Boolean.TRUE);
        }
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_MAX_AGE);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private Optional<Locale> savedPreference(String username) {
        return preferences.flatMap(p -> p.preferredLanguage(username)).flatMap(languages::find);
    }

    private Optional<Locale> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return languages.find(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }
}
