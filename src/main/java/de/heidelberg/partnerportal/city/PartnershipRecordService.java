package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's record of each partnership, for city staff only (a reader who may not see internal fields
 * gets nothing, as for a city that does not exist): the council decision and the status history, which
 * editors change in the city's editor, and the agreement documents, which editors upload, remove and restore
 * here. A document is kept only when its bytes are a PDF, at most 10 MB; a removed one is not served.
 */
@Service
public class PartnershipRecordService {

    public static final String PDF = "application/pdf";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILE_NAME = 200;
    /** What the upload offers to choose; the bytes decide. */
    public static final String[] ACCEPTED = {PDF, ".pdf"};

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** A document as served: its name, type and bytes. */
    public record DocumentFile(String fileName, String mediaType, byte[] data) {}

    private final CityRepository cities;
    private final CityDocumentRepository documents;
    private final Clock clock;

    PartnershipRecordService(CityRepository cities, CityDocumentRepository documents, Clock clock) {
        this.cities = cities;
        this.documents = documents;
        this.clock = clock;
    }

    /** Where staff download a document: {@code /partner-cities/{slug}/documents/{id}}. */
    public static String documentPath(String slug, long id) {
        return "/partner-cities/" + slug + "/documents/" + id;
    }

    /** The record of a city the reader may see; empty for a reader who may not see internal fields. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<PartnershipRecord> find(String slug, Reader reader) {
        return city(slug, reader)
                .map(city -> new PartnershipRecord(
                        city.getSlug(),
                        city.getCouncilDecisionDate(),
                        city.getCouncilDecisionReference(),
                        documents.infos(city.getId()),
                        documents.removedInfos(city.getId()),
                        city.getStatusChanges().stream()
                                .map(change -> new PartnershipRecord.StatusEntry(
                                        change.getStatus(),
                                        change.getValidFrom(),
                                        change.getNote(),
                                        change.getChangedBy(),
                                        change.getChangedAt()))
                                .toList()));
    }

    /** A document of a city the reader may see; empty otherwise, as for an id that does not exist. */
    @PreAuthorize(ContentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<DocumentFile> document(String slug, long id, Reader reader) {
        return city(slug, reader)
                .flatMap(city -> documents.findByIdAndCityId(id, city.getId()))
                .filter(document -> !document.isRemoved())
                .map(document -> new DocumentFile(document.getFileName(), document.getMediaType(), document.getData()));
    }

    /**
     * Keeps an uploaded agreement document with the city and returns its id; refused with a
     * {@link ContentEditException} when it is empty, too big or no PDF, or the city is gone.
     */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public long upload(String slug, @Nullable String fileName, byte @Nullable [] data) {
        if (data == null || data.length == 0) {
            throw new ContentEditException("cities.document.error.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new ContentEditException("cities.document.error.too-big", MAX_BYTES / (1024 * 1024));
        }
        if (!isPdf(data)) {
            throw new ContentEditException("cities.document.error.type");
        }
        PartnerCity city = editable(slug);
        return documents
                .save(new CityDocument(
                        city.getId(), fileName(fileName), PDF, data, CurrentUser.username(), clock.instant()))
                .getId();
    }

    /**
     * Takes a city's document off the record, kept with who removed it when, to be {@link #restore restored};
     * refused when there is no such document on the record (any more).
     */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void remove(String slug, long id) {
        CityDocument document = editableDocument(slug, id, false);
        document.remove(CurrentUser.username(), clock.instant());
    }

    /** Puts a removed document back on the record; refused when there is no such removed document. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public void restore(String slug, long id) {
        editableDocument(slug, id, true).restore();
    }

    /**
     * For loading the demo content into a portal seeded before status histories existed: starts a city's
     * status history with its current status and this note, unless it has one already. Whether it did.
     */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public boolean startStatusHistory(String slug, String note) {
        return cities.findBySlug(slug)
                .filter(city -> city.getStatusChanges().isEmpty() && !note.isBlank())
                .map(city -> {
                    city.recordStatus(null, note, CurrentUser.username(), clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Whether the bytes begin as every PDF file does. */
    static boolean isPdf(byte[] data) {
        return data.length >= PDF_MAGIC.length && Arrays.equals(Arrays.copyOf(data, PDF_MAGIC.length), PDF_MAGIC);
    }

    /** The name as shown and offered for download: without a path, without control characters, ending in .pdf. */
    static String fileName(@Nullable String uploaded) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.equals(".pdf")) {
            name = "document.pdf";
        }
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME - 4) + ".pdf";
        }
        return name;
    }

    private Optional<PartnerCity> city(String slug, Reader reader) {
        if (!reader.seesInternal()) {
            return Optional.empty();
        }
        return cities.findBySlug(slug).filter(reader::mayRead);
    }

    private CityDocument editableDocument(String slug, long id, boolean removed) {
        return documents
                .findByIdAndCityId(id, editable(slug).getId())
                .filter(document -> document.isRemoved() == removed)
                .orElseThrow(() -> new ContentEditException("edit.error.gone"));
    }

    private PartnerCity editable(String slug) {
        return cities.findBySlug(slug)
                .filter(city -> !city.isInTrash())
                .orElseThrow(() -> new ContentEditException("edit.error.gone"));
    }
}
