package de.heidelberg.partnerportal.api;

import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.image.ImageService;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An uploaded image, e.g. {@code /api/images/12}, for signed-in readers who may see an item that shows
 * it (the image of a draft only for its editors and translators); 404 for anyone else, as for an id
 * that does not exist. An image never changes under its id (a new upload gets a new one), so browsers
 * may keep it; it is private to the signed-in user.
 */
@RestController
class ImageController {

    private final ImageService images;
    private final Readers readers;

    ImageController(ImageService images, Readers readers) {
        this.images = images;
        this.readers = readers;
    }

    @GetMapping("/api/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        return images.find(id, readers.current(null))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30))
                                .cachePrivate()
                                .immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.data()))
                // through the portal's error answer: the API's JSON
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
