package de.heidelberg.partnerportal.trash.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.content.TrashCan;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.layout.HasBreadcrumbs;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.trash.Trash;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** For editors: what was deleted, by whom and when, each item restorable with one click. */
@Route("trash")
@RolesAllowed(Role.Names.EDITOR)
@Menu(title = "nav.trash", order = 85, icon = "vaadin:trash")
public class TrashView extends Main implements HasDynamicTitle, HasBreadcrumbs {

    private final Trash trash;
    private final Readers readers;
    private final Grid<TrashCan.TrashedItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public TrashView(Trash trash, Readers readers) {
        this.trash = trash;
        this.readers = readers;
        addClassNames("page", "trash-page");
        grid.addColumn(item -> getTranslation("index.type." + item.type().name()))
                .setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true);
        grid.addColumn(TrashCan.TrashedItem::title)
                .setHeader(getTranslation("trash.title"))
                .setFlexGrow(1);
        grid.addColumn(TrashCan.TrashedItem::deletedBy)
                .setHeader(getTranslation("trash.deleted-by"))
                .setAutoWidth(true);
        grid.addColumn(item -> LocalizedFormats.dateTime(item.deletedAt(), this))
                .setHeader(getTranslation("trash.deleted-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(item -> {
                    Button restore = new Button(getTranslation("trash.restore"), click -> restore(item));
                    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    restore.addClassName("restore");
                    return restore;
                })
                .setAutoWidth(true);
        grid.addClassName("trash-grid");
        empty.setText(getTranslation("trash.empty"));
        add(new H1(getTranslation("nav.trash")), new Paragraph(getTranslation("trash.hint")), empty, grid);
        refresh();
    }

    private void restore(TrashCan.TrashedItem item) {
        trash.restore(item.type(), item.id());
        Notification.show(getTranslation("trash.restored", item.title()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        List<TrashCan.TrashedItem> items = trash.items(readers.current(getLocale()));
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trash") + " – " + getTranslation("app.name");
    }

    @Override
    public List<Breadcrumb> breadcrumbs() {
        return List.of(new Breadcrumb(getTranslation("nav.trash"), null));
    }
}
