package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's programmes for readers; creation for editors. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ContentLinks links;
    private final SupportedLanguages languages;

    ProgrammeService(ProgrammeRepository programmes, ContentLinks links, SupportedLanguages languages) {
        this.programmes = programmes;
        this.links = links;
        this.languages = languages;
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
        return programmes.findBySlug(slug)
                .filter(reader::mayRead)
                .map(programme -> view(programme, reader));
    }

    @Transactional(readOnly = true)
    public long count() {
        return programmes.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewProgramme programme) {
        return programmes.save(new Programme(programme, languages.source().getLanguage(), (int) programmes.count()))
                .getId();
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
