package de.heidelberg.partnerportal.page.ui;

import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.LINE;
import static de.heidelberg.partnerportal.i18n.TranslatedTextField.Kind.MARKDOWN;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.page.SiteTextEdit;
import de.heidelberg.partnerportal.page.SiteTextService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.editor.EditorFields;
import de.heidelberg.partnerportal.ui.editor.EditorPage;
import de.heidelberg.partnerportal.ui.editor.EditorServices;
import de.heidelberg.partnerportal.ui.editor.FieldValues;
import jakarta.annotation.security.RolesAllowed;

/**
 * The editor of one of the portal's own texts at {@code /edit/pages/{key}}: the overview on the start
 * page ({@code overview}) and the networks' introduction ({@code networks-intro}).
 */
@Route("edit/pages")
@RolesAllowed({Role.Names.EDITOR, Role.Names.TRANSLATOR})
public class SiteTextEditView extends EditorPage<SiteTextEdit> {

    public SiteTextEditView(SiteTextService texts, EditorServices services) {
        super(ContentType.PAGE, "pages.section", SiteTextEdit.class, texts, services);
    }

    @Override
    protected TextEdit heading(SiteTextEdit form) {
        return form.getTitle();
    }

    @Override
    protected Component form(SiteTextEdit form, EditorFields<SiteTextEdit> fields) {
        Div texts = new Div(
                fields.translated(
                        SiteTextEdit.TITLE,
                        LINE,
                        true,
                        TranslatedText.MAX_LINE_LENGTH,
                        SiteTextEdit::getTitle,
                        SiteTextEdit::setTitle),
                fields.translated(
                        SiteTextEdit.BODY,
                        MARKDOWN,
                        true,
                        TranslatedText.MAX_LENGTH,
                        SiteTextEdit::getBody,
                        SiteTextEdit::setBody));
        texts.addClassName("editor-texts");
        return texts;
    }

    @Override
    protected FieldValues values(SiteTextEdit form, EditorFields<SiteTextEdit> fields) {
        return fields.values().add(SiteTextEdit.TITLE, form.getTitle()).add(SiteTextEdit.BODY, form.getBody());
    }

    /** The overview is on the start page; the networks' introduction on the networks page. */
    @Override
    protected String itemPath(String itemSlug) {
        return SiteTextService.Key.OVERVIEW.slug().equals(itemSlug) ? "/" : ContentType.NETWORK.path();
    }
}
