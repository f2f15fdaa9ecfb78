package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import de.heidelberg.partnerportal.city.CityDocumentInfo;
import de.heidelberg.partnerportal.city.PartnershipRecord;
import de.heidelberg.partnerportal.city.PartnershipRecordService;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.ui.editor.BoundedUpload;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The office's record of a partnership on the city's page, for city staff only: the council decision,
 * the status history with its notes and the agreement documents to download; editors upload, remove and
 * restore documents here (the rest they change in the city's editor).
 */
class PartnershipRecordSection extends Section {

    private final PartnershipRecordService records;
    private final Runnable changed;
    private final boolean editor;

    PartnershipRecordSection(
            PartnershipRecord record, PartnershipRecordService records, boolean editor, Runnable changed) {
        this.records = records;
        this.changed = changed;
        this.editor = editor;
        addClassNames("partnership-record", "internal-note");
        add(new H2(getTranslation("cities.record.title")));
        Paragraph hint = new Paragraph(getTranslation("cities.record.hint"));
        hint.addClassName("hint");
        add(hint);
        add(new H3(getTranslation("cities.record.council")), new Paragraph(council(record)));
        add(new H3(getTranslation("cities.record.history")), history(record));
        add(new H3(getTranslation("cities.record.documents")), documents(record));
        if (editor) {
            add(upload(record.slug()));
            if (!record.removedDocuments().isEmpty()) {
                add(removedDocuments(record));
            }
        }
    }

    private String council(PartnershipRecord record) {
        if (!record.hasCouncilDecision()) {
            return getTranslation("cities.record.none");
        }
        String reference = record.councilDecisionReference();
        if (record.councilDecisionDate() == null) {
            return reference;
        }
        String date = date(record.councilDecisionDate());
        return reference.isBlank()
                ? getTranslation("cities.record.council.date", date)
                : getTranslation("cities.record.council.text", date, reference);
    }

    private Component history(PartnershipRecord record) {
        if (record.statusHistory().isEmpty()) {
            return new Paragraph(getTranslation("cities.record.none"));
        }
        NativeTable table = new NativeTable();
        table.addClassName("status-history");
        NativeTableRow head = table.getHead().addRow();
        for (String key : new String[] {
            "cities.status", "cities.field.status-from", "cities.field.status-note", "cities.record.recorded"
        }) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        // newest first: what applies now is on top
        for (PartnershipRecord.StatusEntry entry : record.statusHistory().reversed()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(CityLabels.statusBadge(this, entry.status()));
            row.addDataCell().setText(entry.validFrom() == null ? "–" : date(entry.validFrom()));
            row.addDataCell().setText(entry.note());
            row.addDataCell()
                    .setText(getTranslation(
                            "cities.record.recorded.text",
                            LocalizedFormats.dateTime(entry.changedAt(), this),
                            entry.changedBy()));
        }
        return table;
    }

    private Component documents(PartnershipRecord record) {
        if (record.documents().isEmpty()) {
            return new Paragraph(getTranslation("cities.record.no-documents"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("city-documents");
        for (CityDocumentInfo document : record.documents()) {
            Anchor link = new Anchor(PartnershipRecordService.documentPath(record.slug(), document.id()), "");
            link.setText(document.fileName());
            // a file, not a view: the router must let the browser fetch it
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", "");
            Span meta = new Span(getTranslation(
                    "cities.record.document.meta",
                    Math.max(1, Math.round(document.byteSize() / 1024.0)),
                    LocalizedFormats.dateTime(document.uploadedAt(), this),
                    document.uploadedBy()));
            meta.addClassName("meta");
            ListItem item = new ListItem(link, new Text(" "), meta);
            if (editor) {
                Button remove = new Button(
                        getTranslation("cities.record.document.remove"),
                        VaadinIcon.TRASH.create(),
                        click -> remove(record.slug(), document));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.addClassName("remove-document");
                remove.setAriaLabel(getTranslation("cities.record.document.remove-named", document.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
        return list;
    }

    private Component upload(String slug) {
        Upload upload = new Upload();
        upload.addClassName("document-upload");
        String rejected =
                getTranslation("cities.document.error.rejected", PartnershipRecordService.MAX_BYTES / (1024 * 1024));
        BoundedUpload.configure(
                upload,
                this,
                PartnershipRecordService.MAX_BYTES,
                PartnershipRecordService.ACCEPTED,
                "cities.record.document.upload",
                "cities.record.document.drop",
                rejected,
                (metadata, data) -> {
                    change(
                            () -> records.upload(slug, metadata.fileName(), data),
                            getTranslation("cities.record.document.saved"));
                    upload.clearFileList();
                },
                () -> refuse(rejected));
        Div box = new Div(upload);
        box.addClassName("document-upload-box");
        return box;
    }

    /** Removed documents, the latest first, each to be put back on the record. */
    private Component removedDocuments(PartnershipRecord record) {
        UnorderedList list = new UnorderedList();
        list.addClassName("removed-documents");
        for (CityDocumentInfo document : record.removedDocuments()) {
            Span meta = new Span(getTranslation(
                    "cities.record.document.removed-meta",
                    document.removedAt() == null ? "" : LocalizedFormats.dateTime(document.removedAt(), this),
                    document.removedBy()));
            meta.addClassName("meta");
            Button restore = new Button(
                    getTranslation("cities.record.document.restore"),
                    VaadinIcon.ARROW_BACKWARD.create(),
                    click -> restore(record.slug(), document));
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            restore.addClassName("restore-document");
            restore.setAriaLabel(getTranslation("cities.record.document.restore-named", document.fileName()));
            list.add(new ListItem(new Span(document.fileName()), new Text(" "), meta, restore));
        }
        Details details = new Details(
                getTranslation(
                        "cities.record.removed-documents",
                        record.removedDocuments().size()),
                list);
        details.addClassName("removed-documents-box");
        return details;
    }

    /** Takes a document off the record at once; it can be undone right there, or restored later from the list. */
    private void remove(String slug, CityDocumentInfo document) {
        try {
            records.remove(slug, document.id());
        } catch (ContentEditException refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments(this::getTranslation)));
            return;
        }
        Notification notification = new Notification();
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button(getTranslation("cities.record.document.undo"), click -> {
            notification.close();
            restore(slug, document);
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClassName("undo-remove");
        notification.add(new Span(getTranslation("cities.record.document.removed", document.fileName())), undo);
        notification.open();
        changed.run();
    }

    private void restore(String slug, CityDocumentInfo document) {
        change(
                () -> records.restore(slug, document.id()),
                getTranslation("cities.record.document.restored", document.fileName()));
    }

    /** Does a change of the record, tells it and shows the record anew; a refusal is told instead. */
    private void change(Runnable action, String done) {
        try {
            action.run();
        } catch (ContentEditException refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments(this::getTranslation)));
            return;
        }
        Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
    }

    private void refuse(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : LocalizedFormats.date(date, getTranslation("format.date"), getLocale());
    }
}
