package de.heidelberg.partnerportal.image;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.CurrentUser;
import de.heidelberg.partnerportal.content.Reader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images that editors upload. The type is taken from the bytes, never from the file name or what the
 * browser says; only JPEG, PNG and WebP are kept (no SVG, which can carry script), at most 5 MB.
 */
@Service
public class ImageService {

    /** Where readers' browsers load an image (served by the API). */
    public static String url(long id) {
        return "/api/images/" + id;
    }

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** What the upload offers to choose; the bytes decide. */
    public static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp"};

    /** An image as served: its type and bytes. */
    public record Image(String mediaType, byte[] data) {}

    private final ContentImageRepository images;
    /** The features that show images; looked up when asked, as they need this service first. */
    private final ObjectProvider<ImageUse> uses;

    private final Clock clock;

    ImageService(ContentImageRepository images, ObjectProvider<ImageUse> uses, Clock clock) {
        this.images = images;
        this.uses = uses;
        this.clock = clock;
    }

    /** Keeps an uploaded image and returns its id; refused with {@link ContentEditException} when it is no usable image. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public long store(byte @Nullable [] data) {
        if (data == null || data.length == 0) {
            throw new ContentEditException("image.error.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new ContentEditException("image.error.too-big", MAX_BYTES / (1024 * 1024));
        }
        String type = mediaType(data).orElseThrow(() -> new ContentEditException("image.error.type"));
        Integer width = null;
        Integer height = null;
        if (!type.equals("image/webp")) {
            BufferedImage decoded = decode(data).orElseThrow(() -> new ContentEditException("image.error.type"));
            width = decoded.getWidth();
            height = decoded.getHeight();
        }
        return images.save(new ContentImage(type, data, width, height, CurrentUser.username(), clock.instant()))
                .getId();
    }

    /**
     * An image as the reader may see it: editors every image (an upload not yet saved, an earlier
     * version's); anyone else only the image of an item they may see (of a draft only its translators).
     * Empty otherwise, as for an id that does not exist, so that an id reveals nothing.
     */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<Image> find(long id, Reader reader) {
        if (!CurrentUser.isEditor() && uses.stream().noneMatch(use -> use.showsImage(id, reader))) {
            return Optional.empty();
        }
        return images.findById(id).map(image -> new Image(image.getMediaType(), image.getData()));
    }

    /** Whether an image exists, for a form that refers to one. */
    @PreAuthorize(ContentAccess.TRANSLATORS)
    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return images.existsById(id);
    }

    /** The image type the bytes begin with, if it is one that is kept. */
    static Optional<String> mediaType(byte[] data) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        return IntStream.range(0, expected.length).allMatch(i -> (data[offset + i] & 0xFF) == expected[i]);
    }

    private static Optional<BufferedImage> decode(byte[] data) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(data)));
        } catch (IOException | RuntimeException broken) {
            return Optional.empty();
        }
    }
}
