package de.heidelberg.partnerportal.gift.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.gift.GiftService;
import de.heidelberg.partnerportal.gift.GiftSummary;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.security.Role;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import de.heidelberg.partnerportal.ui.page.Facts;
import jakarta.annotation.security.RolesAllowed;

/** One gift for city staff: what, when, from whom to whom, on which occasion, where it is kept, its photo. */
@Route("gifts")
@RolesAllowed(Role.Names.STAFF)
public class GiftPageView extends ContentPage implements HasUrlParameter<String> {

    private final GiftService gifts;
    private final Readers readers;

    public GiftPageView(GiftService gifts, Readers readers) {
        super(GiftService.TYPE, "nav.gifts");
        this.gifts = gifts;
        this.readers = readers;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        GiftSummary gift = gifts.findBySlug(slug, readers.current(getLocale())).orElseThrow(NotFoundException::new);
        setPageHeading(gift.description().text());
        removeAll();
        addClassName("gift-page");
        Span date = new Span(LocalizedFormats.date(gift.date(), getTranslation("format.date"), getLocale()));
        date.addClassName("visit-dates");
        add(date, ContentText.into(new H1(), gift.description()));
        addEditAction(slug, "action.edit");
        Facts facts = new Facts()
                .add(
                        getTranslation("gifts.field.direction"),
                        getTranslation("gifts.direction." + gift.direction().name()))
                .add(getTranslation("gifts.field.giver"), gift.giver())
                .add(getTranslation("gifts.field.receiver"), gift.receiver())
                .add(getTranslation("gifts.field.occasion"), gift.occasion())
                .add(getTranslation("gifts.field.kept-at"), gift.keptAt());
        if (gift.city() != null) {
            facts.add(
                    getTranslation("gifts.field.city"),
                    ContentText.into(
                            new Anchor(gift.city().url(), ""), gift.city().title()));
        }
        if (gift.visit() != null) {
            facts.add(
                    getTranslation("gifts.field.visit"),
                    ContentText.into(
                            new Anchor(gift.visit().url(), ""), gift.visit().title()));
        }
        add(facts);
        if (gift.imageId() != null) {
            Image photo = new Image(
                    ImageService.url(gift.imageId()), gift.description().text());
            photo.addClassName("news-image");
            Div figure = new Div(photo);
            figure.addClassName("news-figure");
            add(figure);
        }
        addInternalNote(gift.internalNote());
    }
}
