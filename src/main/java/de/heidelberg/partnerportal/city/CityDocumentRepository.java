package de.heidelberg.partnerportal.city;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityDocumentRepository extends JpaRepository<CityDocument, Long> {

    /** A city's documents on the record, without their bytes, oldest first. */
    @Query("select new de.heidelberg.partnerportal.city.CityDocumentInfo(d.id, d.fileName, d.byteSize, d.uploadedAt,"
            + " d.uploadedBy, d.removedAt, d.removedBy) from CityDocument d where d.cityId = :cityId"
            + " and d.removedAt is null order by d.uploadedAt, d.id")
    List<CityDocumentInfo> infos(Long cityId);

    /** A city's removed documents, without their bytes, the latest removed first. */
    @Query("select new de.heidelberg.partnerportal.city.CityDocumentInfo(d.id, d.fileName, d.byteSize, d.uploadedAt,"
            + " d.uploadedBy, d.removedAt, d.removedBy) from CityDocument d where d.cityId = :cityId"
            + " and d.removedAt is not null order by d.removedAt desc, d.id")
    List<CityDocumentInfo> removedInfos(Long cityId);

    Optional<CityDocument> findByIdAndCityId(Long id, Long cityId);
}
