package de.heidelberg.partnerportal.city;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityDocumentRepository extends JpaRepository<CityDocument, Long> {

    /** A city's documents without their bytes, oldest first. */
    @Query("select new de.heidelberg.partnerportal.city.CityDocumentInfo(d.id, d.fileName, d.byteSize, d.uploadedAt,"
            + " d.uploadedBy) from CityDocument d where d.cityId = :cityId order by d.uploadedAt, d.id")
    List<CityDocumentInfo> infos(Long cityId);

    Optional<CityDocument> findByIdAndCityId(Long id, Long cityId);
}
