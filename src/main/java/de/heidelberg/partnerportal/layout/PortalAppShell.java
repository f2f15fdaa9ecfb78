package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell: Lumo and the portal's own plain CSS (no frontend build), favicon. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.addMetaTag("theme-color", "#9b1c2c");
    }
}
