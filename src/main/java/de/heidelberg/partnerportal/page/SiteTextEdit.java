package de.heidelberg.partnerportal.page;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;

/** A text of the portal (the overview, the networks' introduction) as an editor's form holds it. */
public class SiteTextEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey TITLE = new FieldKey("pages.field.title");
    public static final FieldKey BODY = new FieldKey("pages.field.body");

    private TextEdit title = TextEdit.EMPTY;
    private TextEdit body = TextEdit.EMPTY;

    @Override
    public SiteTextEdit copy() {
        SiteTextEdit copy = new SiteTextEdit();
        copyInto(copy);
        copy.title = title;
        copy.body = body;
        return copy;
    }

    public TextEdit getTitle() {
        return title;
    }

    public void setTitle(TextEdit title) {
        this.title = title;
    }

    public TextEdit getBody() {
        return body;
    }

    public void setBody(TextEdit body) {
        this.body = body;
    }
}
