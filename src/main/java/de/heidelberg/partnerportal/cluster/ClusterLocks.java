package de.heidelberg.partnerportal.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Locks that hold across every node sharing the database (ShedLock on the table {@code shedlock},
 * with the database's clock): a start-up step or a job that must happen once runs under one. On a
 * single node they cost one row update.
 */
@Service
public class ClusterLocks {

    private static final Duration RETRY = Duration.ofMillis(500);

    private final LockProvider locks;
    private final String node;

    ClusterLocks(DataSource dataSource, @Value("${portal.node-name:${HOSTNAME:portal}}") String node) {
        this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
        this.node = node;
    }

    /** This node's name, as other nodes read it (in the logs and in who holds a lock). */
    public String node() {
        return node;
    }

    /**
     * Runs the work once no other node holds the lock, waiting for it at most {@code wait}; the lock is
     * given up after {@code atMost} even if this node dies while holding it.
     *
     * @throws IllegalStateException when another node held the lock for longer than {@code wait}
     */
    public <T> T runExclusively(String name, Duration atMost, Duration wait, Supplier<T> work) {
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            Optional<SimpleLock> lock = tryLock(name, atMost);
            if (lock.isPresent()) {
                try {
                    return work.get();
                } finally {
                    lock.get().unlock();
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Another node held the lock " + name + " for longer than " + wait);
            }
            sleep();
        }
    }

    /** The lock if no other node holds it now; the caller unlocks it (or it expires after {@code atMost}). */
    public Optional<SimpleLock> tryLock(String name, Duration atMost) {
        return locks.lock(new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a cluster lock", interrupted);
        }
    }
}
