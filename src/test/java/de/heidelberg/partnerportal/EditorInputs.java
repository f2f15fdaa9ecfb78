package de.heidelberg.partnerportal;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;

/** Typing into one language of a translated field of an editor, as a person would. */
public final class EditorInputs {

    private EditorInputs() {}

    /** Into the text field (one line) or text area (longer text) of a language in the field with this label. */
    public static void type(BaseBrowserlessTest test, Component editor, String label, String language, String text) {
        TranslatedTextField field =
                test.$(TranslatedTextField.class, editor).withLabel(label).single();
        var lines =
                test.$(TextField.class, field).withAttribute("lang", language).all();
        if (!lines.isEmpty()) {
            TextFieldTester<TextField, String> line = test.test(lines.getFirst());
            line.setValue(text);
        } else {
            TextAreaTester<TextArea> area = test.test(test.$(TextArea.class, field)
                    .withAttribute("lang", language)
                    .single());
            area.setValue(text);
        }
    }
}
