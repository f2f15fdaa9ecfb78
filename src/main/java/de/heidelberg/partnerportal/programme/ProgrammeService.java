package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's programmes for readers; editing for editors and translators. */
@Service
public class ProgrammeService extends ContentEditingService<Programme, ProgrammeEdit> {

    private final ProgrammeRepository programmes;
    private final ContentLinks links;

    ProgrammeService(ProgrammeRepository programmes, ContentLinks links, EditingSupport support) {
        super(ContentType.PROGRAMME, programmes, support);
        this.programmes = programmes;
        this.links = links;
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ProgrammeView> findAll(Reader reader) {
        return programmes.findAllByOrderByPositionAsc().stream()
                .filter(reader::mayRead)
                .map(programme -> view(programme, reader))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<ProgrammeView> findBySlug(String slug, Reader reader) {
        return programmes.findBySlug(slug).filter(reader::mayRead).map(programme -> view(programme, reader));
    }

    /** How many items there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return programmes.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewProgramme programme) {
        return programmes
                .save(new Programme(programme, languages.source().getLanguage(), (int) programmes.count()))
                .getId();
    }

    @Override
    protected ProgrammeEdit emptyForm() {
        return new ProgrammeEdit();
    }

    @Override
    protected void fill(ProgrammeEdit edit, Programme programme) {
        edit.setTitle(TextEdit.of(programme.getTitle()));
        edit.setSummary(TextEdit.of(programme.getSummary()));
        edit.setBody(TextEdit.of(programme.getBody()));
        edit.setSinceYear(programme.getSinceYear());
        edit.setCityIds(programme.getCityIds());
        edit.setContactIds(new LinkedHashSet<>(programme.getContactIds()));
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(Programme programme) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(ProgrammeEdit.TITLE, programme.getTitle());
        texts.put(ProgrammeEdit.SUMMARY, programme.getSummary());
        texts.put(ProgrammeEdit.BODY, programme.getBody());
        return texts;
    }

    @Override
    protected String title(Programme programme, Reader reader) {
        return reader.text(programme.getTitle()).text();
    }

    @Override
    protected void check(ProgrammeEdit edit, String source) {
        EditChecks.required(edit.getTitle(), source, ProgrammeEdit.TITLE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getSummary(), source, ProgrammeEdit.SUMMARY, TranslatedText.MAX_LENGTH);
        EditChecks.required(edit.getBody(), source, ProgrammeEdit.BODY, TranslatedText.MAX_LENGTH);
        if (edit.getSinceYear() != null && (edit.getSinceYear() < 800 || edit.getSinceYear() > 2999)) {
            throw ContentEditException.forField("edit.error.year", ProgrammeEdit.SINCE_YEAR);
        }
    }

    @Override
    protected Programme create(ProgrammeEdit edit, String source) {
        return new Programme(edit, source, (int) programmes.count());
    }

    @Override
    protected void apply(Programme programme, ProgrammeEdit edit, String source) {
        programme.apply(edit, source);
    }

    private ProgrammeView view(Programme programme, Reader reader) {
        return new ProgrammeView(
                programme.getId(),
                programme.getSlug(),
                reader.text(programme.getTitle()),
                reader.text(programme.getSummary()),
                reader.text(programme.getBody()),
                programme.getSinceYear(),
                programme.getContactIds(),
                links.links(ContentType.PARTNER_CITY, programme.getCityIds(), reader),
                reader.internal(programme.getInternalNote()));
    }
}
