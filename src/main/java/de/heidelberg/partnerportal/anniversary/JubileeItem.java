package de.heidelberg.partnerportal.anniversary;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;

/** One anniversary in a list: the city (a link to its page), how many years, and the day or only the year. */
public class JubileeItem extends ListItem {

    public JubileeItem(Jubilee jubilee) {
        addClassName("jubilee");
        Anchor city = ContentText.into(new Anchor(jubilee.cityPath(), ""), jubilee.cityName());
        Span when = new Span(
                jubilee.date() != null
                        ? getTranslation(
                                "anniversaries.item.day",
                                jubilee.years(),
                                LocalizedFormats.date(jubilee.date(), getTranslation("format.date"), getLocale()))
                        : getTranslation("anniversaries.item.year", jubilee.years(), String.valueOf(jubilee.year())));
        when.addClassName("when");
        add(city, new Text(" – "), when);
        if (!jubilee.exactDay()) {
            add(new Text(" "));
            Span unknown = new Span(getTranslation("anniversaries.day-unknown"));
            unknown.addClassName("day-unknown");
            add(unknown);
        }
    }
}
