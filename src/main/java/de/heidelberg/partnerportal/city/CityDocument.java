package de.heidelberg.partnerportal.city;

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

/**
 * An agreement document of a partnership (a PDF), kept in the database so that every node serves it; a removed
 * one stays, marked, until an editor restores it.
 */
@Entity
@Table(name = "city_document")
class CityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Column(name = "file_name", nullable = false, length = PartnershipRecordService.MAX_FILE_NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = PartnershipRecordService.MAX_BYTES)
    private byte[] data;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Column(name = "removed_by", length = 100)
    private @Nullable String removedBy;

    protected CityDocument() {}

    CityDocument(Long cityId, String fileName, String mediaType, byte[] data, String uploadedBy, Instant uploadedAt) {
        this.cityId = cityId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.data = data.clone();
        this.byteSize = data.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    Long getCityId() {
        return cityId;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getData() {
        return data.clone();
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    /** Takes it off the record, kept to be restored. */
    void remove(String username, Instant when) {
        removedAt = when;
        removedBy = username;
    }

    void restore() {
        removedAt = null;
        removedBy = null;
    }
}
