package de.heidelberg.partnerportal.anniversary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import de.heidelberg.partnerportal.content.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * The start page's "coming jubilees" for city staff: the round anniversaries of the next
 * {@value #MONTHS} months, with a link to the planning page. Shows nothing to anyone else.
 */
public class ComingJubilees extends Section {

    public static final int MONTHS = 24;
    /** The planning page's address. */
    public static final String PATH = "anniversaries";

    public ComingJubilees(AnniversaryService anniversaries, Reader reader, LocalDate today) {
        addClassName("coming-jubilees");
        if (!reader.seesInternal()) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("start.jubilees")));
        List<Jubilee> coming = anniversaries.upcoming(reader, today, MONTHS);
        if (coming.isEmpty()) {
            add(new Paragraph(getTranslation("anniversaries.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("jubilees");
            coming.forEach(jubilee -> list.add(new JubileeItem(jubilee)));
            add(list);
        }
        add(new Anchor(PATH, getTranslation("start.jubilees.all")));
    }
}
