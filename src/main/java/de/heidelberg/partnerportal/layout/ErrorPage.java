package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/** A translated error page: a heading, an explanation and the way back to the start page. */
abstract class ErrorPage extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private String titleKey = "error.title";

    protected void show(String titleKey, String textKey, Object... parameters) {
        this.titleKey = titleKey;
        removeAll();
        addClassNames("page", "error-page");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.addClassName("button-link");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey, parameters)), home);
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation(titleKey), null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
