package de.heidelberg.partnerportal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Stay signed in": one token per device in the database (table {@code persistent_logins}), so that it works
 * on every node, and a stolen token is noticed (its series is used with an old token) and ended. Besides
 * Spring's columns a device keeps the token it had before the last change ({@link StaySignedIn} accepts it
 * for a few seconds), and a change only happens when the device still holds the token it showed
 * ({@link #replace}), so that two requests at the same moment cannot both change it.
 */
@Repository
class RememberMeTokens {

    /** One device's row. */
    record Device(
            String username,
            String series,
            String token,
            @Nullable String previousToken,
            Instant lastUsed) {}

    private final JdbcClient jdbc;

    RememberMeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Device> find(String series) {
        return jdbc.sql("select username, series, token, previous_token, last_used from persistent_logins"
                        + " where series = ?")
                .param(series)
                .query((row, index) -> new Device(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Changes a device's token if it still is {@code expected}; false when another request changed it first. */
    boolean replace(String series, String expected, String token, Instant now) {
        return jdbc.sql("update persistent_logins set previous_token = token, token = ?, last_used = ?"
                                + " where series = ? and token = ?")
                        .params(token, Timestamp.from(now), series, expected)
                        .update()
                == 1;
    }

    /** A device's first token, at sign-in. */
    void create(String username, String series, String token, Instant now) {
        jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, ?)")
                .params(username, series, token, Timestamp.from(now))
                .update();
    }

    /** Signs out every device of the account (sign-out, a new password, an account ended). */
    void removeUserTokens(String username) {
        jdbc.sql("delete from persistent_logins where username = ?")
                .param(username)
                .update();
    }
}
