package de.heidelberg.partnerportal.image;

import de.heidelberg.partnerportal.content.Reader;

/**
 * Implemented by each content feature that shows images, so that an image is served only to those who
 * may see an item that shows it, without the images depending on the features.
 */
public interface ImageUse {

    /**
     * Whether this image is the image of an item the reader may read, or of an item the current user may
     * open in its editor (a translator, also a draft's).
     */
    boolean showsImage(long imageId, Reader reader);
}
