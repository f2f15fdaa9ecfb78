package de.heidelberg.partnerportal.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows content texts as readers should get them: a text that stands in for a missing translation
 * carries its own {@code lang} attribute and a visible mark; an outdated translation says so.
 */
public final class ContentText {

    private ContentText() {}

    /** A short text (a name, a title) in a span. */
    public static Span inline(LocalizedText text) {
        Span span = new Span(text.text());
        mark(span, text);
        return span;
    }

    /** Puts a short text into an existing component (a heading, a link). */
    public static <T extends Component & com.vaadin.flow.component.HasText> T into(T component, LocalizedText text) {
        component.setText(text.text());
        mark(component, text);
        return component;
    }

    /** A long Markdown text, rendered safely, with a note when it is a fallback or outdated. */
    public static Div block(LocalizedText text) {
        Div block = new Div();
        block.addClassName("content-text");
        if (text.fallback()) {
            Paragraph note = new Paragraph(block.getTranslation("content.fallback.note"));
            note.addClassName("translation-note");
            block.add(note);
        } else if (text.outdated()) {
            Paragraph note = new Paragraph(block.getTranslation("content.outdated.note"));
            note.addClassName("translation-note");
            block.add(note);
        }
        Html html = new Html("<div class=\"markdown\">" + SafeMarkdown.toHtml(text.text()) + "</div>");
        if (text.fallback()) {
            html.getElement().setAttribute("lang", text.language());
        }
        block.add(html);
        return block;
    }

    private static void mark(Component component, LocalizedText text) {
        if (text.fallback()) {
            component.getElement().setAttribute("lang", text.language());
            component.getElement().getClassList().add("fallback");
            component.getElement().setAttribute("title", component.getTranslation("content.fallback.title"));
        }
    }
}
