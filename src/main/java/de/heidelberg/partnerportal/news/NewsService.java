package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.image.ImageUse;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News for readers, newest first, filtered by city, network or year; editing for editors and translators. */
@Service
public class NewsService extends ContentEditingService<NewsItem, NewsEdit> implements ImageUse {

    private final NewsRepository news;
    private final ContentLinks links;
    private final ImageService images;

    NewsService(NewsRepository news, ContentLinks links, ImageService images, EditingSupport support) {
        super(ContentType.NEWS, news, support);
        this.news = news;
        this.links = links;
        this.images = images;
    }

    /** One page of news, newest first (items without a day last within their year). */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NewsSummary> find(NewsFilter filter, Reader reader, int page, int pageSize) {
        return news
                .find(
                        reader.seesUnpublished(),
                        filter.year(),
                        filter.cityId(),
                        filter.networkId(),
                        PageRequest.of(page, pageSize))
                .stream()
                .map(item -> summary(item, reader))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public long count(NewsFilter filter, Reader reader) {
        return news.count(reader.seesUnpublished(), filter.year(), filter.cityId(), filter.networkId());
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NewsSummary> latest(NewsFilter filter, Reader reader, int count) {
        return find(filter, reader, 0, count);
    }

    /** The years that have news the reader may see, newest first. */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<Integer> years(Reader reader) {
        return news.years(reader.seesUnpublished());
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<NewsDetail> findBySlug(String slug, Reader reader) {
        return news.findBySlug(slug)
                .filter(reader::mayRead)
                .map(item -> new NewsDetail(
                        summary(item, reader),
                        reader.text(item.getBody()),
                        item.getImageId(),
                        reader.text(item.getImageCaption()),
                        reader.text(item.getImageAlt()),
                        links.links(ContentType.PARTNER_CITY, item.getCityIds(), reader),
                        links.links(ContentType.NETWORK, item.getNetworkIds(), reader),
                        reader.internal(item.getInternalNote())));
    }

    /**
     * Whether the image is the image of an item the reader may read, or, for a translator, of any item
     * not in the trash (they translate drafts too, in the editor that shows the image).
     */
    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public boolean showsImage(long imageId, Reader reader) {
        boolean translator = CurrentUser.isTranslator();
        return news.findByImageId(imageId).stream()
                .anyMatch(item -> reader.mayRead(item) || (translator && !item.isInTrash()));
    }

    /** The ids of the items with these slugs, for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return news.findBySlugIn(slugs).stream().collect(Collectors.toMap(NewsItem::getSlug, NewsItem::getId));
    }

    /** How many items there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return news.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewNews item) {
        return news.save(new NewsItem(item, languages.source().getLanguage())).getId();
    }

    /** A new item's form: today's date, not yet published. */
    @Override
    protected NewsEdit emptyForm() {
        NewsEdit edit = new NewsEdit();
        edit.setDate(LocalDate.now(clock));
        return edit;
    }

    @Override
    protected void fill(NewsEdit edit, NewsItem item) {
        edit.setDate(item.getDate());
        edit.setYear(item.getYear());
        edit.setTitle(TextEdit.of(item.getTitle()));
        edit.setTeaser(TextEdit.of(item.getTeaser()));
        edit.setBody(TextEdit.of(item.getBody()));
        edit.setImageCaption(TextEdit.of(item.getImageCaption()));
        edit.setImageId(item.getImageId());
        edit.setImageAlt(TextEdit.of(item.getImageAlt()));
        edit.setCityIds(item.getCityIds());
        edit.setNetworkIds(item.getNetworkIds());
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(NewsItem item) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(NewsEdit.TITLE, item.getTitle());
        texts.put(NewsEdit.TEASER, item.getTeaser());
        texts.put(NewsEdit.BODY, item.getBody());
        texts.put(NewsEdit.IMAGE_CAPTION, item.getImageCaption());
        texts.put(NewsEdit.IMAGE_ALT, item.getImageAlt());
        return texts;
    }

    @Override
    protected String title(NewsItem item, Reader reader) {
        return reader.text(item.getTitle()).text();
    }

    @Override
    protected void check(NewsEdit edit, String source) {
        EditChecks.required(edit.getTitle(), source, NewsEdit.TITLE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getTeaser(), source, NewsEdit.TEASER, TranslatedText.MAX_LENGTH);
        EditChecks.required(edit.getBody(), source, NewsEdit.BODY, TranslatedText.MAX_LENGTH);
        EditChecks.optional(edit.getImageCaption(), source, NewsEdit.IMAGE_CAPTION, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(edit.getImageAlt(), source, NewsEdit.IMAGE_ALT, TranslatedText.MAX_LINE_LENGTH);
        if (edit.getImageId() != null) {
            if (!images.exists(edit.getImageId())) {
                throw new ContentEditException("image.error.gone");
            }
            // a picture nobody can see must be described to everyone, in their language
            if (languages.all().stream()
                    .anyMatch(language ->
                            edit.getImageAlt().text(language.getLanguage()).isBlank())) {
                throw ContentEditException.forField("news.error.image-alt", NewsEdit.IMAGE_ALT);
            }
        }
        if (edit.getDate() == null && (edit.getYear() == null || edit.getYear() < 1900 || edit.getYear() > 2999)) {
            throw new ContentEditException("edit.error.date");
        }
    }

    @Override
    protected NewsItem create(NewsEdit edit, String source) {
        return new NewsItem(edit, source);
    }

    @Override
    protected void apply(NewsItem item, NewsEdit edit, String source) {
        item.apply(edit, source);
    }

    private static NewsSummary summary(NewsItem item, Reader reader) {
        return new NewsSummary(
                item.getId(),
                item.getSlug(),
                item.getDate(),
                item.getYear(),
                reader.text(item.getTitle()),
                reader.text(item.getTeaser()));
    }
}
