package de.heidelberg.partnerportal.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    /** Just what the per-request session check needs, without loading the whole user. */
    @Query("select new de.heidelberg.partnerportal.security.SessionStatus(u.enabled, u.securityStamp)"
            + " from AppUser u where u.username = :username")
    Optional<SessionStatus> findSessionStatus(String username);
}
