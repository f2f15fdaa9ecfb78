package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Says that someone else saved the item after this editor loaded it: who and when, and which fields
 * they changed. The editor can cancel (and keep typing), load their version, or save the fields they
 * changed themselves over it, knowingly. Without a stored version to compare (a new item, or one
 * that is gone), only cancelling is offered.
 */
public class ConflictDialog extends ConfirmDialog {

    /**
     * @param changedByOthers the fields the stored version has other than the loaded one, or null when
     *     there is no stored version to load or save over
     */
    public ConflictDialog(
            StaleEditException stale, @Nullable List<FieldKey> changedByOthers, Runnable reload, Runnable overwrite) {
        addClassName("edit-conflict");
        setHeader(getTranslation("edit.stale.title"));
        Div text = new Div();
        if (stale.changedBy() == null || stale.changedAt() == null) {
            text.add(new Paragraph(getTranslation("edit.stale.text-unknown")));
        } else {
            text.add(new Paragraph(getTranslation(
                    "edit.stale.text", stale.changedBy(), LocalizedFormats.dateTime(stale.changedAt(), this))));
        }
        boolean theirs = changedByOthers != null;
        if (theirs && !changedByOthers.isEmpty()) {
            UnorderedList changed = new UnorderedList();
            changedByOthers.forEach(field -> changed.add(new ListItem(field.name(this::getTranslation))));
            text.add(new Paragraph(getTranslation("edit.stale.changed")), changed);
        }
        setText(text);
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setRejectable(theirs);
        setRejectText(getTranslation("edit.stale.reload"));
        setConfirmText(getTranslation("edit.stale.overwrite"));
        if (theirs) {
            addRejectListener(event -> reload.run());
            addConfirmListener(event -> overwrite.run());
        }
    }
}
