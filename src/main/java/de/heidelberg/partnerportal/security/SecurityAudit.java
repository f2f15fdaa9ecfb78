package de.heidelberg.partnerportal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security audit trail: sign-in locks and unlocks, and further account events as they come, each with
 * when, who (nobody: the portal by itself), what, on which username or address, from which address, and its
 * details. Administrators read it in the audit log beside the content saves.
 */
@Service
public class SecurityAudit {

    /** Detail: the end of a lock (a moment). */
    public static final String UNTIL = "until";
    /** Detail: wrong passwords counted. */
    public static final String FAILURES = "failures";
    /** Detail: distinct usernames an address failed on. */
    public static final String ACCOUNTS = "accounts";
    /** Detail: the number of a lock in a row (each one lasts twice as long). */
    public static final String LOCK_NUMBER = "lock";
    /** Detail: how many rows a backup held. */
    public static final String ROWS = "rows";

    /** An entry as the audit log shows it; details by name, moments written as ISO-8601 instants. */
    public record Entry(
            long id,
            Instant at,
            @Nullable String actor,
            SecurityAction action,
            String subject,
            @Nullable String address,
            Map<String, String> details) {

        /** The details in the order of the action's translation ("" for one not recorded). */
        public List<String> orderedDetails() {
            return action.details().stream()
                    .map(name -> details.getOrDefault(name, ""))
                    .toList();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final SecurityEventRepository events;
    private final Clock clock;
    private final JsonMapper json;

    SecurityAudit(SecurityEventRepository events, Clock clock, JsonMapper json) {
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records an event in the caller's transaction, so that it is kept exactly when what it records is.
     *
     * @param actor who did it; null when the portal did it by itself
     * @param subject the username or address it is about
     * @param address the client address it came from, if any
     * @param details by the names the action declares; moments as {@link Instant}s
     */
    @Transactional
    public void record(
            SecurityAction action,
            @Nullable String actor,
            String subject,
            @Nullable String address,
            Map<String, ?> details) {
        Map<String, String> written = new LinkedHashMap<>();
        details.forEach((name, value) -> written.put(name, String.valueOf(value)));
        events.save(new SecurityEvent(
                clock.instant(),
                actor,
                action,
                cut(subject, SignInLock.KEY_MAX),
                address == null ? null : cut(address, SignInLock.ADDRESS_MAX),
                cut(json.writeValueAsString(written), SecurityEvent.DETAIL_MAX)));
    }

    /** The newest entries, newest first. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<Entry> latest(int count) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, count)).stream()
                .map(this::entry)
                .toList();
    }

    private Entry entry(SecurityEvent event) {
        return new Entry(
                event.getId(),
                event.getOccurredAt(),
                event.getActor(),
                event.getAction(),
                event.getSubject(),
                event.getAddress(),
                details(event));
    }

    private Map<String, String> details(SecurityEvent event) {
        try {
            return json.readValue(event.getDetail(), DETAILS);
        } catch (JacksonException unreadable) {
            log.warn("Details of security event {} cannot be read: {}", event.getId(), unreadable.getMessage());
            return Map.of();
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
