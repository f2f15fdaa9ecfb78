package de.heidelberg.partnerportal.gift;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import java.util.List;
import java.util.Locale;

/** Gifts as a list: date, what (a link to the gift), from whom to whom, on which occasion, where it is kept. */
public final class GiftList {

    private GiftList() {}

    public static UnorderedList of(List<GiftSummary> gifts, Component context, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("gift-list");
        gifts.forEach(gift -> list.add(row(gift, context, locale)));
        return list;
    }

    private static ListItem row(GiftSummary gift, Component context, Locale locale) {
        Span date = new Span(LocalizedFormats.date(gift.date(), context.getTranslation("format.date"), locale));
        date.addClassName("gift-date");
        Anchor title = ContentText.into(new Anchor(gift.url(), ""), gift.description());
        title.addClassName("gift-title");
        Div meta = new Div();
        meta.addClassName("card-meta");
        Span direction = new Span(
                context.getTranslation("gifts.direction." + gift.direction().name()));
        direction.addClassNames("badge", "gift-direction");
        meta.add(direction, new Span(context.getTranslation("gifts.from-to", gift.giver(), gift.receiver())));
        if (gift.occasion() != null) {
            meta.add(new Span(gift.occasion()));
        }
        if (gift.keptAt() != null) {
            meta.add(new Span(context.getTranslation("gifts.kept-at", gift.keptAt())));
        }
        ListItem item = new ListItem(date, title, meta);
        item.addClassName("gift-row");
        return item;
    }
}
