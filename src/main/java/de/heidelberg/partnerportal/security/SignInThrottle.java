package de.heidelberg.partnerportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling: too many wrong passwords for one username, or from one client address, lock it for a
 * while that doubles with each further lock (see {@link SignInThrottleProperties}). The state lives in the
 * database, so every node refuses alike. It does not depend on how a password is checked: the security
 * filters ask {@link #refusal} before any check, and the authentication events report failures and
 * successes ({@link SignInAttempts}). Administrators see the locks and end them.
 */
@Service
public class SignInThrottle {

    /** The address recorded when a request has none. */
    static final String UNKNOWN_ADDRESS = "unknown";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Counting is tried again as often as a row is still being added by another node, or a lock wait failed. */
    private static final int ATTEMPTS = 50;
    /** Rows that say nothing any more are deleted at most this often per node. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final SignInLockRepository locks;
    private final SignInFailureRepository failures;
    private final SecurityAudit audit;
    private final SignInThrottleProperties rules;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.EPOCH);

    SignInThrottle(
            SignInLockRepository locks,
            SignInFailureRepository failures,
            SecurityAudit audit,
            SignInThrottleProperties rules,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.locks = locks;
        this.failures = failures;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The rules in force (for the administrators' page). */
    public SignInThrottleProperties rules() {
        return rules;
    }

    /**
     * How much longer a sign-in as this username from this address is refused, whatever the password; empty
     * when it may be tried. Reads the database (one statement), so a lock set by another node holds here too.
     */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Instant until = locks.lockedUntil(accountKey(username), addressKey(address), now);
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /**
     * Counts a wrong password and locks the username or the address when it reaches the limit. Each attempt
     * runs in a transaction of its own that holds the rows of the username and then of the address, so that
     * failures at the same moment, on several nodes, count one after another; a row added by another request
     * at the same moment (a unique-key error here) is counted on in the next attempt.
     */
    void failed(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                if (Boolean.TRUE.equals(ownTransaction.execute(status -> counted(account, from)))) {
                    pruneNowAndThen();
                    return;
                }
                addIfAbsent(SignInLockKind.ACCOUNT, account);
                addIfAbsent(SignInLockKind.ADDRESS, from);
            } catch (ConcurrencyFailureException crossed) {
                // a lock wait ran out, or the database broke a deadlock with a prune: count again
                log.debug("Counting a sign-in failure of {} again: {}", account, crossed.getMessage());
            }
        }
        log.warn("A wrong password for {} from {} could not be counted", account, from);
    }

    /** A password was right: the username's failures count anew (its lock number stays, see lock memory). */
    void succeeded(String username) {
        String account = accountKey(username);
        ownTransaction.executeWithoutResult(status -> locks.startCountAnew(account, clock.instant()));
    }

    /** Usernames and addresses locked now or with wrong passwords within the counting window; locked first. */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<SignInLockSummary> current() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(rules.window());
        return locks.findActive(now, windowStart).stream()
                .map(state -> summary(state, now, windowStart))
                .toList();
    }

    /**
     * Ends a lock at once: failures count anew and the next lock is a first one again (the administrator
     * vouches for the account or address). Recorded in the security audit trail.
     *
     * @throws UserAdministrationException when it is not locked (any more)
     */
    @PreAuthorize(UserService.ADMIN_ONLY)
    @Transactional
    public void unlock(SignInLockKind kind, String key) {
        Instant now = clock.instant();
        SignInLock state = locks.lock(kind, key)
                .filter(found -> found.isLockedAt(now))
                .orElseThrow(() -> new UserAdministrationException("sign-in.error.not-locked", key));
        Instant was = state.getLockedUntil();
        state.unlock(now);
        audit.record(
                kind == SignInLockKind.ACCOUNT ? SecurityAction.ACCOUNT_UNLOCKED : SecurityAction.ADDRESS_UNLOCKED,
                currentUser(),
                key,
                null,
                Map.of(SecurityAudit.UNTIL, was));
    }

    private boolean counted(String account, String address) {
        Optional<SignInLock> byAccount = locks.lock(SignInLockKind.ACCOUNT, account);
        Optional<SignInLock> byAddress =
                byAccount.isPresent() ? locks.lock(SignInLockKind.ADDRESS, address) : Optional.empty();
        if (byAccount.isEmpty() || byAddress.isEmpty()) {
            return false;
        }
        // taken once both rows are held, so that the counts below see every failure counted before
        Instant now = clock.instant();
        Instant windowStart = now.minus(rules.window());
        failures.save(new SignInFailure(account, address, now));
        countOnAccount(byAccount.get(), address, now, windowStart);
        countOnAddress(byAddress.get(), now, windowStart);
        return true;
    }

    private void countOnAccount(SignInLock state, String address, Instant now, Instant windowStart) {
        state.failed(address, now);
        long counted = failures.countForAccount(state.getKey(), since(state, windowStart));
        if (!state.isLockedAt(now) && counted >= rules.accountFailures()) {
            Instant until = lock(state, now);
            audit.record(
                    SecurityAction.ACCOUNT_LOCKED,
                    null,
                    state.getKey(),
                    address,
                    Map.of(
                            SecurityAudit.UNTIL, until,
                            SecurityAudit.FAILURES, counted,
                            SecurityAudit.LOCK_NUMBER, state.getLocks()));
            log.info("Sign-in locked for username {} until {} ({} wrong passwords)", state.getKey(), until, counted);
        }
    }

    private void countOnAddress(SignInLock state, Instant now, Instant windowStart) {
        String address = state.getKey();
        state.failed(address, now);
        Instant since = since(state, windowStart);
        long counted = failures.countForAddress(address, since);
        long accounts = failures.countAccountsForAddress(address, since);
        if (!state.isLockedAt(now) && (counted >= rules.addressFailures() || accounts >= rules.addressAccounts())) {
            Instant until = lock(state, now);
            audit.record(
                    SecurityAction.ADDRESS_LOCKED,
                    null,
                    address,
                    address,
                    Map.of(
                            SecurityAudit.UNTIL, until,
                            SecurityAudit.FAILURES, counted,
                            SecurityAudit.ACCOUNTS, accounts,
                            SecurityAudit.LOCK_NUMBER, state.getLocks()));
            log.info(
                    "Sign-in locked for address {} until {} ({} wrong passwords for {} usernames)",
                    address,
                    until,
                    counted,
                    accounts);
        }
    }

    /** Locks as the next lock in a row (or the first, when the last one ended longer ago than the memory). */
    private Instant lock(SignInLock state, Instant now) {
        Instant lastUntil = state.getLockedUntil();
        boolean inARow = state.getLocks() > 0
                && lastUntil != null
                && lastUntil.plus(rules.lockMemory()).isAfter(now);
        int number = inARow ? state.getLocks() + 1 : 1;
        Instant until = now.plus(rules.lockDuration(number));
        state.lock(now, until, number);
        return until;
    }

    /** Adds the row for a username or an address unless it exists, or another request adds it this moment. */
    private void addIfAbsent(SignInLockKind kind, String key) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (locks.findByKindAndKey(kind, key).isEmpty()) {
                    locks.save(new SignInLock(kind, key, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException addedMeanwhile) {
            // the other request's row is counted on in the next attempt
        }
    }

    /** Deletes what no rule reads any more; at most once a minute per node, and never an error for anyone. */
    private void pruneNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPruned.get();
        if (last.plus(PRUNE_EVERY).isAfter(now) || !lastPruned.compareAndSet(last, now)) {
            return;
        }
        Duration memory = rules.lockMemory().compareTo(rules.window()) > 0 ? rules.lockMemory() : rules.window();
        try {
            ownTransaction.executeWithoutResult(status -> {
                failures.deleteBefore(now.minus(rules.window()));
                locks.deleteForgotten(now.minus(memory));
            });
        } catch (DataAccessException | TransactionException notNow) {
            log.debug("Sign-in failures not pruned this time: {}", notNow.getMessage());
        }
    }

    private SignInLockSummary summary(SignInLock state, Instant now, Instant windowStart) {
        long failed = state.getKind() == SignInLockKind.ACCOUNT
                ? failures.countForAccount(state.getKey(), windowStart)
                : failures.countForAddress(state.getKey(), windowStart);
        return new SignInLockSummary(
                state.getKind(),
                state.getKey(),
                state.isLockedAt(now) ? state.getLockedUntil() : null,
                failed,
                state.getLocks(),
                state.getLastFailureAt(),
                state.getLastAddress());
    }

    private static Instant since(SignInLock state, Instant windowStart) {
        return state.getCountedFrom().isAfter(windowStart) ? state.getCountedFrom() : windowStart;
    }

    /** The username as the portal stores usernames, whether an account has it or not. */
    static String accountKey(@Nullable String username) {
        return cut(UserService.normalize(username), SignInLock.KEY_MAX);
    }

    static String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : cut(address.strip(), SignInLock.ADDRESS_MAX);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static @Nullable String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
