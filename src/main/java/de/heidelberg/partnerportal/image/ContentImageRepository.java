package de.heidelberg.partnerportal.image;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentImageRepository extends JpaRepository<ContentImage, Long> {}
