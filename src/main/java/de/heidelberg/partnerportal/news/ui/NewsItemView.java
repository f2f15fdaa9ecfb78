package de.heidelberg.partnerportal.news.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.news.NewsDetail;
import de.heidelberg.partnerportal.news.NewsService;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;

/** One news item: date, title, teaser, body, photo caption, the cities and networks it is about. */
@Route("news")
@RolesAllowed({"STAFF", "PARTNER"})
public class NewsItemView extends ContentPage implements HasUrlParameter<String> {

    private final NewsService news;
    private final Readers readers;

    public NewsItemView(NewsService news, Readers readers) {
        super(ContentType.NEWS, "nav.news");
        this.news = news;
        this.readers = readers;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        NewsDetail item = news.findBySlug(slug, readers.current(getLocale())).orElseThrow(NotFoundException::new);
        setPageHeading(item.summary().title().text());
        removeAll();
        addClassName("news-item");
        Span date = new Span(
                item.summary().date() == null
                        ? String.valueOf(item.summary().year())
                        : LocalizedFormats.date(item.summary().date(), getTranslation("format.date"), getLocale()));
        date.addClassName("news-date");
        Paragraph teaser = ContentText.into(new Paragraph(), item.summary().teaser());
        teaser.addClassName("lead");
        add(date, ContentText.into(new H1(), item.summary().title()), teaser);
        addEditAction(slug, "action.edit");
        if (item.imageId() != null) {
            Image image =
                    new Image(ImageService.url(item.imageId()), item.imageAlt().text());
            image.getElement().setAttribute("lang", item.imageAlt().language());
            image.addClassName("news-image");
            Div figure = new Div(image);
            figure.addClassName("news-figure");
            add(figure);
        }
        if (!item.imageCaption().isEmpty()) {
            Paragraph caption = ContentText.into(new Paragraph(), item.imageCaption());
            caption.addClassName("image-caption");
            add(caption);
        }
        addInternalNote(item.internalNote());
        add(ContentText.block(item.body()));
        addIfPresent(linkSection(getTranslation("news.related.cities"), item.cities()));
        addIfPresent(linkSection(getTranslation("news.related.networks"), item.networks()));
    }
}
