package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentChanges;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditing;
import de.heidelberg.partnerportal.content.ContentHistory;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.StaleEditException;
import de.heidelberg.partnerportal.content.TranslationWork;
import de.heidelberg.partnerportal.content.TrashCan;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News for readers, newest first, filtered by city, network or year; creation for editors. */
@Service
public class NewsService implements ContentEditing<NewsEdit>, TrashCan, TranslationWork {

    private final NewsRepository news;
    private final ContentLinks links;
    private final SupportedLanguages languages;
    private final ContentChanges changes;
    private final Clock clock;

    NewsService(NewsRepository news, ContentLinks links, SupportedLanguages languages, ContentChanges changes,
            Clock clock) {
        this.news = news;
        this.links = links;
        this.languages = languages;
        this.changes = changes;
        this.clock = clock;
    }

    /** One page of news, newest first (items without a day last within their year). */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NewsSummary> find(NewsFilter filter, Reader reader, int page, int pageSize) {
        return news.find(reader.seesUnpublished(), filter.year(), filter.cityId(), filter.networkId(),
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
                        reader.text(item.getImageCaption()),
                        reader.text(item.getImageAlt()),
                        links.links(ContentType.PARTNER_CITY, item.getCityIds(), reader),
                        links.links(ContentType.NETWORK, item.getNetworkIds(), reader),
                        reader.internal(item.getInternalNote())));
    }

    @Transactional(readOnly = true)
    public long count() {
        return news.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewNews item) {
        return news.save(new NewsItem(item, languages.source().getLanguage())).getId();
    }

    /** An item as its editor's form starts: what is stored, in every language, with each text's state. */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public Optional<NewsEdit> edit(String slug) {
        return news.findBySlug(slug).filter(found -> !found.isInTrash()).map(this::form);
    }

    /** A new item's form: today's date, not yet published. */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    public NewsEdit newItem() {
        NewsEdit edit = new NewsEdit();
        edit.setDate(LocalDate.now(clock));
        return edit;
    }

    /**
     * Saves an editor's form and returns the item's slug. Refused, with nothing saved, when a field
     * is not valid ({@link ContentEditException}) or someone saved the item after the form was
     * loaded ({@link StaleEditException}).
     */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public String save(NewsEdit edit) {
        String source = languages.source().getLanguage();
        check(edit, source);
        NewsItem item;
        if (edit.isNew()) {
            String slug = EditChecks.slug(edit.getSlug());
            if (news.findBySlug(slug).isPresent()) {
                throw new ContentEditException("edit.error.slug-taken", slug);
            }
            edit.setSlug(slug);
            item = new NewsItem(edit, source);
        } else {
            item = news.findById(edit.getId()).orElseThrow(() -> new ContentEditException("edit.error.gone"));
            item.checkEditedVersion(edit.getVersion());
            item.apply(edit, source);
        }
        NewsItem saved = news.save(item);
        changes.record(saved, ContentHistory.Action.SAVE, edit);
        return saved.getSlug();
    }

    /** Moves an item to the trash: readers and search no longer see it; an editor can restore it. */
    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void trash(long id, long editedVersion) {
        NewsItem found = news.findById(id).orElseThrow(() -> new ContentEditException("edit.error.gone"));
        found.checkEditedVersion(editedVersion);
        found.moveToTrash(CurrentUser.username(), clock.instant());
        changes.record(found, ContentHistory.Action.TRASH, form(found));
    }

    @Override
    public ContentType type() {
        return ContentType.NEWS;
    }

    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<TrashCan.TrashedItem> trashed(Reader reader) {
        return news.findByDeletedAtIsNotNull().stream()
                .map(found -> new TrashCan.TrashedItem(ContentType.NEWS, found.getId(), found.getSlug(),
                        reader.text(found.getTitle()).text(), found.getDeletedBy(), found.getDeletedAt()))
                .toList();
    }

    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void restore(long id) {
        NewsItem found = news.findById(id).filter(NewsItem::isInTrash)
                .orElseThrow(() -> new ContentEditException("edit.error.gone"));
        found.restoreFromTrash();
        changes.record(found, ContentHistory.Action.RESTORE, form(found));
    }

    private static void check(NewsEdit edit, String source) {
        EditChecks.required(edit.getTitle(), source, "news.field.title", TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getTeaser(), source, "news.field.teaser", TranslatedText.MAX_LENGTH);
        EditChecks.required(edit.getBody(), source, "news.field.body", TranslatedText.MAX_LENGTH);
        EditChecks.optional(edit.getImageCaption(), source, "news.field.image-caption", TranslatedText.MAX_LINE_LENGTH);
        EditChecks.common(edit, source);
        if (edit.getDate() == null && (edit.getYear() == null || edit.getYear() < 1900 || edit.getYear() > 2999)) {
            throw new ContentEditException("edit.error.date");
        }
    }

    private NewsEdit form(NewsItem item) {
        NewsEdit edit = new NewsEdit();
        edit.takeStored(item);
        edit.setDate(item.getDate());
        edit.setYear(item.getYear());
        edit.setTitle(TextEdit.of(item.getTitle()));
        edit.setTeaser(TextEdit.of(item.getTeaser()));
        edit.setBody(TextEdit.of(item.getBody()));
        edit.setImageCaption(TextEdit.of(item.getImageCaption()));
        edit.setCityIds(item.getCityIds());
        edit.setNetworkIds(item.getNetworkIds());
        edit.setStates(languages.states(texts(item)));
        return edit;
    }

    /** An item's translated fields by the translation key of their name. */
    private static Map<String, TranslatedText> texts(NewsItem item) {
        Map<String, TranslatedText> texts = new LinkedHashMap<>();
        texts.put("news.field.title", item.getTitle());
        texts.put("news.field.teaser", item.getTeaser());
        texts.put("news.field.body", item.getBody());
        texts.put("news.field.image-caption", item.getImageCaption());
        texts.put("content.internal", item.getInternalNote());
        return texts;
    }

    @Override
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public List<TranslationWork.Gap> gaps(Reader reader) {
        return news.findAll().stream()
                .filter(item -> !item.isInTrash())
                .flatMap(item -> TranslationWork.Gap.of(ContentType.NEWS, item.getSlug(),
                        reader.text(item.getTitle()).text(), texts(item), languages).stream())
                .toList();
    }

    private static NewsSummary summary(NewsItem item, Reader reader) {
        return new NewsSummary(item.getId(), item.getSlug(), item.getDate(), item.getYear(),
                reader.text(item.getTitle()), reader.text(item.getTeaser()));
    }
}
