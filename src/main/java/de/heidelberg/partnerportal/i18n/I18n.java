package de.heidelberg.partnerportal.i18n;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** UI strings outside of Vaadin views (feeds, files): the same translations as everywhere. */
@Component
public class I18n {

    private final PortalI18NProvider provider;

    I18n(PortalI18NProvider provider) {
        this.provider = provider;
    }

    public String text(String key, Locale locale, Object... parameters) {
        return provider.getTranslation(key, locale, parameters);
    }
}
