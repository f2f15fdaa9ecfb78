package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an item goes to the trash (from where editors can restore it). */
public class TrashDialog extends ConfirmDialog {

    /**
     * @param title the item's title, as the editor's heading shows it
     * @param trash moves the item to the trash, once confirmed
     */
    public TrashDialog(String title, Runnable trash) {
        addClassName("trash-confirm");
        setHeader(getTranslation("edit.trash.title"));
        setText(getTranslation("edit.trash.text", title));
        setConfirmText(getTranslation("edit.trash"));
        setConfirmButtonTheme("error primary");
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        addConfirmListener(event -> trash.run());
    }
}
