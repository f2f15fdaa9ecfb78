package de.heidelberg.partnerportal.content;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What every content section's repository offers its editing service. */
@NoRepositoryBean
public interface ContentRepository<E extends ContentEntity> extends JpaRepository<E, Long> {

    Optional<E> findBySlug(String slug);

    List<E> findByDeletedAtIsNotNull();
}
