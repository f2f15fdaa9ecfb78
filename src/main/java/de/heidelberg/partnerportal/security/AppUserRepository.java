package de.heidelberg.partnerportal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** By the address as stored (lower case). */
    Optional<AppUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<AppUser> findAllByOrderByUsernameAsc();

    @Query("select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    /** Just what the per-request session check needs, without loading the whole user. */
    @Query("select new de.heidelberg.partnerportal.security.SessionStatus(u.enabled, u.securityStamp)"
            + " from AppUser u where u.username = :username")
    Optional<SessionStatus> findSessionStatus(String username);

    /**
     * The time of the last sign-in, written without the version check: the same account signed in on
     * several devices at once (one login for an office, a load test) must not make a sign-in fail, and
     * the latest time is the right one whichever write comes last.
     */
    @Modifying
    @Query("update AppUser u set u.lastLoginAt = :at where u.username = :username")
    int recordLogin(String username, Instant at);

    /** The user's language (none: forgotten), written without the version check and only when it changes. */
    @Modifying
    @Query("update AppUser u set u.preferredLanguage = :language where u.username = :username"
            + " and u.preferredLanguage is distinct from :language")
    int rememberLanguage(String username, @Nullable String language);
}
