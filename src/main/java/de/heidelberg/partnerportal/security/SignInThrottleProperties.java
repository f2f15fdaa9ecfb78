package de.heidelberg.partnerportal.security;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sign-in is throttled ({@code portal.sign-in.*}, e.g. {@code PORTAL_SIGN_IN_ACCOUNT_FAILURES}). Only wrong
 * passwords count, by the form and by HTTP Basic; remember-me and API tokens are not password attempts.
 *
 * @param accountFailures wrong passwords for one username within {@code window} that lock it (whether the
 *     account exists or not)
 * @param addressFailures wrong passwords from one client address within {@code window} that lock the address
 * @param addressAccounts distinct usernames one address failed on within {@code window} that lock the address
 * @param window the time in which failures are counted
 * @param firstLock how long the first lock lasts; each further lock lasts twice as long as the one before
 * @param longestLock the longest a lock lasts
 * @param lockMemory how long after a lock has ended the next lock still continues the doubling
 */
@Validated
@ConfigurationProperties("portal.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") @Positive int accountFailures,
        @DefaultValue("30") @Positive int addressFailures,
        @DefaultValue("10") @Positive int addressAccounts,
        @DefaultValue("15m") @DurationMin(seconds = 1) Duration window,
        @DefaultValue("1m") @DurationMin(seconds = 1) Duration firstLock,
        @DefaultValue("1h") @DurationMin(seconds = 1) Duration longestLock,
        @DefaultValue("24h") @DurationMin(seconds = 1) Duration lockMemory) {

    /** How long the lock with this number (1 for the first one in a row) lasts. */
    public Duration lockDuration(int number) {
        Duration duration = firstLock;
        for (int i = 1; i < number && duration.compareTo(longestLock) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(longestLock) > 0 ? longestLock : duration;
    }
}
