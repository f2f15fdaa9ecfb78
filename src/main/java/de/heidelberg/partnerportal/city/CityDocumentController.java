package de.heidelberg.partnerportal.city;

import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.Readers;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An agreement document of a partnership, e.g. {@code /partner-cities/montpellier/documents/3}, for city
 * staff only: partner-city colleagues get 404, as for an id that does not exist (the service refuses them
 * too). Downloaded as a file, never sniffed, never kept by caches.
 */
@RestController
class CityDocumentController {

    private final PartnershipRecordService records;
    private final Readers readers;

    CityDocumentController(PartnershipRecordService records, Readers readers) {
        this.records = records;
        this.readers = readers;
    }

    @GetMapping("/partner-cities/{slug}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable long id) {
        Reader reader = readers.current(null);
        if (!reader.seesInternal()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return records.document(slug, id, reader)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(file.fileName(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(file.data()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
