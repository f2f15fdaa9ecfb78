package de.heidelberg.partnerportal.news;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** News items as teasers: date, linked title, teaser. */
public class NewsList extends Div {

    public NewsList(List<NewsSummary> items) {
        addClassName("news-list");
        items.forEach(item -> add(teaser(item)));
    }

    /** News under a heading; null when there are none. */
    public static @Nullable Section section(String heading, List<NewsSummary> items) {
        return items.isEmpty() ? null : new Section(new H2(heading), new NewsList(items));
    }

    /** One news teaser under a section's heading (h2): its title is an h3. */
    public static Div teaser(NewsSummary item) {
        return teaser(item, false);
    }

    /**
     * One news teaser; on the lazily loaded news page, where the teasers stand right under the page's h1,
     * its title is an h2, so that no heading level is skipped.
     */
    public static Div teaser(NewsSummary item, boolean underPageTitle) {
        Div teaser = new Div();
        teaser.addClassName("news-teaser");
        Span date = new Span(dateOf(teaser, item));
        date.addClassName("news-date");
        Anchor link = ContentText.into(new Anchor(ContentType.NEWS.path() + "/" + item.slug(), ""), item.title());
        HtmlContainer title = underPageTitle ? new H2(link) : new H3(link);
        title.addClassName("news-title");
        Paragraph text = new Paragraph(ContentText.inline(item.teaser()));
        teaser.add(date, title, text);
        return teaser;
    }

    /** The day in the reader's format, or only the year when the day is unknown. */
    static String dateOf(Component context, NewsSummary item) {
        return item.date() == null
                ? String.valueOf(item.year())
                : LocalizedFormats.date(
                        item.date(),
                        context.getTranslation("format.date"),
                        UI.getCurrent().getLocale());
    }
}
