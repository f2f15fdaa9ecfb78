package de.heidelberg.partnerportal.gift;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Slugs;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.image.ImageUse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gifts the city gave and received, for city staff: lists, a gift's page, and the gifts given before to a city
 * or to people, so that nothing is given twice; editing for editors. Partner-city colleagues are refused.
 */
@Service
public class GiftService extends ContentEditingService<Gift, GiftEdit> implements ImageUse {

    public static final ContentType TYPE = ContentType.GIFT;
    public static final int NAME_LENGTH = 300;
    public static final int OCCASION_LENGTH = 500;

    private final GiftRepository gifts;
    private final ContentLinks links;

    GiftService(GiftRepository gifts, ContentLinks links, EditingSupport support) {
        super(TYPE, gifts, support);
        this.gifts = gifts;
        this.links = links;
    }

    /** The gifts the filter selects, the latest first. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<GiftSummary> find(GiftFilter filter, Reader reader) {
        return summaries(
                gifts.findAllByOrderByGivenOnDesc().stream()
                        .filter(reader::mayRead)
                        .filter(filter::matches)
                        .toList(),
                reader);
    }

    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<GiftSummary> findBySlug(String slug, Reader reader) {
        return gifts.findBySlug(slug)
                .filter(reader::mayRead)
                .map(gift -> summaries(List.of(gift), reader).getFirst());
    }

    /** The gifts given or received at a visit. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<GiftSummary> atVisit(long visitId, Reader reader) {
        return summaries(
                gifts.findAllByOrderByGivenOnDesc().stream()
                        .filter(reader::mayRead)
                        .filter(gift -> Objects.equals(gift.getVisitId(), visitId))
                        .toList(),
                reader);
    }

    /**
     * The gifts the city gave before to this partner city or to one of these people, the latest first: shown while
     * a visit is planned, so that nothing is given twice. A person counts when the receiver's line holds their
     * name as whole words, whatever the case and accents ("Jerzy Luzniak" finds "Oberbürgermeister Jerzy Łużniak",
     * "Anna" does not find "Hannah Schmidt").
     */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<GiftSummary> givenBefore(@Nullable Long cityId, Collection<String> people, Reader reader) {
        List<String> names = people.stream()
                .filter(name -> name != null && name.strip().length() > 2)
                .map(GiftService::words)
                .filter(words -> !words.isBlank())
                .toList();
        return summaries(
                gifts.findAllByOrderByGivenOnDesc().stream()
                        .filter(reader::mayRead)
                        .filter(gift -> gift.getDirection() == GiftDirection.GIVEN)
                        .filter(gift -> (cityId != null && cityId.equals(gift.getCityId()))
                                || names.stream().anyMatch(words(gift.getReceiver())::contains))
                        .toList(),
                reader);
    }

    /** " jerzy luzniak ": lower case, without accents, words between single spaces, one at each end. */
    private static String words(String text) {
        return " "
                + String.join(" ", Slugs.plain(text).split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    /** A gift's photo is shown to city staff who may see the gift; never to partner-city colleagues. */
    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public boolean showsImage(long imageId, Reader reader) {
        return reader.seesInternal() && gifts.findByImageId(imageId).stream().anyMatch(reader::mayRead);
    }

    /** The office's own record is seen by city staff as soon as it is saved: no draft by default. */
    @Override
    protected GiftEdit emptyForm() {
        GiftEdit form = new GiftEdit();
        form.setPublished(true);
        return form;
    }

    @Override
    protected void fill(GiftEdit edit, Gift gift) {
        edit.setDescription(TextEdit.of(gift.getDescription()));
        edit.setDirection(gift.getDirection());
        edit.setGivenOn(gift.getGivenOn());
        edit.setGiver(gift.getGiver());
        edit.setReceiver(gift.getReceiver());
        edit.setOccasion(gift.getOccasion());
        edit.setKeptAt(gift.getKeptAt());
        edit.setCityId(gift.getCityId());
        edit.setVisitId(gift.getVisitId());
        edit.setImageId(gift.getImageId());
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(Gift gift) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(GiftEdit.DESCRIPTION, gift.getDescription());
        return texts;
    }

    @Override
    protected String title(Gift gift, Reader reader) {
        return reader.text(gift.getDescription()).text();
    }

    @Override
    protected void check(GiftEdit edit, String source) {
        EditChecks.required(edit.getDescription(), source, GiftEdit.DESCRIPTION, TranslatedText.MAX_LINE_LENGTH);
        if (edit.getDirection() == null) {
            throw ContentEditException.forField("visits.error.choice", GiftEdit.DIRECTION);
        }
        if (edit.getGivenOn() == null) {
            throw ContentEditException.forField("gifts.error.date", GiftEdit.GIVEN_ON);
        }
        name(edit.getGiver(), GiftEdit.GIVER);
        name(edit.getReceiver(), GiftEdit.RECEIVER);
        if (edit.getOccasion() != null && edit.getOccasion().strip().length() > OCCASION_LENGTH) {
            throw ContentEditException.forField("edit.error.too-long", GiftEdit.OCCASION, OCCASION_LENGTH);
        }
        if (edit.getKeptAt() != null && edit.getKeptAt().strip().length() > NAME_LENGTH) {
            throw ContentEditException.forField("edit.error.too-long", GiftEdit.KEPT_AT, NAME_LENGTH);
        }
    }

    private static void name(@Nullable String value, FieldKey field) {
        if (value == null || value.isBlank()) {
            throw ContentEditException.forField("gifts.error.name", field);
        }
        if (value.strip().length() > NAME_LENGTH) {
            throw ContentEditException.forField("edit.error.too-long", field, NAME_LENGTH);
        }
    }

    @Override
    protected Gift create(GiftEdit edit, String source) {
        return new Gift(edit, source);
    }

    @Override
    protected void apply(Gift gift, GiftEdit edit, String source) {
        gift.apply(edit, source);
    }

    private List<GiftSummary> summaries(List<Gift> found, Reader reader) {
        Map<Long, ContentLink> cities = links.byId(
                ContentType.PARTNER_CITY, found.stream().map(Gift::getCityId).toList(), reader);
        Map<Long, ContentLink> visits = links.byId(
                ContentType.VISIT, found.stream().map(Gift::getVisitId).toList(), reader);
        return found.stream()
                .map(gift -> new GiftSummary(
                        gift.getId(),
                        gift.getSlug(),
                        reader.text(gift.getDescription()),
                        gift.getDirection(),
                        gift.getGivenOn(),
                        gift.getGiver(),
                        gift.getReceiver(),
                        gift.getOccasion(),
                        gift.getKeptAt(),
                        gift.getCityId() == null ? null : cities.get(gift.getCityId()),
                        gift.getVisitId() == null ? null : visits.get(gift.getVisitId()),
                        gift.getImageId(),
                        reader.internal(gift.getInternalNote())))
                .toList();
    }
}
