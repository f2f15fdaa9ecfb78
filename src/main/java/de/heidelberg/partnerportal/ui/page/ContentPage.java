package de.heidelberg.partnerportal.ui.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedText;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of a content section (a list or one item): its title goes to the browser tab and, after
 * the section, to the breadcrumbs.
 */
public abstract class ContentPage extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private final ContentType section;
    private final String sectionTitleKey;
    private String title = "";

    protected ContentPage(ContentType section, String sectionTitleKey) {
        this.section = section;
        this.sectionTitleKey = sectionTitleKey;
        addClassName("page");
    }

    /** The title of this page; on a section's list page it is the section's name. */
    protected void setPageHeading(String title) {
        this.title = title;
    }

    /** Adds a part of the page that may be absent (e.g. no contacts). */
    protected void addIfPresent(@Nullable Component part) {
        if (part != null) {
            add(part);
        }
    }

    /**
     * A link to an item's editor ({@code new} for a new item), for editors, and for translators to
     * translate an item; the editor itself and the service check the role again.
     */
    protected void addEditAction(String slug, String labelKey) {
        addIfPresent(editLink(section, slug, labelKey));
    }

    /**
     * A link to an item's editor for editors ("new" only for them), or to translate it for translators;
     * null for everyone else.
     */
    public static @Nullable Anchor editLink(ContentType type, String slug, String labelKey) {
        return editLink(type, slug, labelKey, "action.translate", "edit-action");
    }

    /** As above, with the translator's label and the link's class of its own (e.g. one of several on a page). */
    public static @Nullable Anchor editLink(
            ContentType type, String slug, String labelKey, String translateLabelKey, String className) {
        boolean translates = !EditChecks.NEW.equals(slug) && CurrentUser.isTranslator();
        if (!CurrentUser.isEditor() && !translates) {
            return null;
        }
        Anchor edit = new Anchor(type.editPath(slug));
        edit.setText(edit.getTranslation(CurrentUser.isEditor() ? labelKey : translateLabelKey));
        edit.addClassName(className);
        return edit;
    }

    /** The item's internal note, marked as such; nothing when the reader may not see it or it is empty. */
    protected void addInternalNote(LocalizedText note) {
        if (!note.isEmpty()) {
            Div box = new Div(new H3(getTranslation("content.internal")), ContentText.block(note));
            box.addClassName("internal-note");
            add(box);
        }
    }

    /** A section of links to other items under a heading; null when there are none. */
    protected @Nullable Section linkSection(String heading, List<ContentLink> links) {
        if (links.isEmpty()) {
            return null;
        }
        Div list = new Div();
        list.addClassName("link-list");
        links.forEach(link -> list.add(ContentText.into(new Anchor(link.url(), ""), link.title())));
        return new Section(new H2(heading), list);
    }

    private boolean isSectionPage() {
        return title.isEmpty() || title.equals(getTranslation(sectionTitleKey));
    }

    @Override
    public String getPageTitle() {
        String page = isSectionPage() ? getTranslation(sectionTitleKey) : title;
        return page + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        if (isSectionPage()) {
            return List.of(new Breadcrumb(getTranslation(sectionTitleKey), null));
        }
        return List.of(new Breadcrumb(getTranslation(sectionTitleKey), section.path()), new Breadcrumb(title, null));
    }
}
