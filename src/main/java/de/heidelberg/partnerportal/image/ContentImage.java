package de.heidelberg.partnerportal.image;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An uploaded image, checked to be what it claims; the texts about it (alt text, caption) belong to the item that shows it. */
@Entity
@Table(name = "content_image")
class ContentImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = ImageService.MAX_BYTES)
    private byte[] data;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    private @Nullable Integer width;

    private @Nullable Integer height;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ContentImage() {}

    ContentImage(
            String mediaType,
            byte[] data,
            @Nullable Integer width,
            @Nullable Integer height,
            String createdBy,
            Instant createdAt) {
        this.mediaType = mediaType;
        this.data = data.clone();
        this.byteSize = data.length;
        this.width = width;
        this.height = height;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getData() {
        return data.clone();
    }
}
