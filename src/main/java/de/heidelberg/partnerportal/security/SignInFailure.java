package de.heidelberg.partnerportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One wrong password: for which username, from which address, when. Kept for the counting window only. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_key", nullable = false, length = SignInLock.KEY_MAX)
    private String accountKey;

    @Column(nullable = false, length = SignInLock.ADDRESS_MAX)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {}

    SignInFailure(String accountKey, String address, Instant failedAt) {
        this.accountKey = accountKey;
        this.address = address;
        this.failedAt = failedAt;
    }
}
