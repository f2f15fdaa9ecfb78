package de.heidelberg.partnerportal.ui.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Label–value pairs of an item ("Country: France"), leaving out what is unknown. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public Facts add(String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            add(label, new Span(value));
        }
        return this;
    }

    public Facts add(String label, Component value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
