package de.heidelberg.partnerportal.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    @Query("select count(f) from SignInFailure f where f.accountKey = :account and f.failedAt > :since")
    long countForAccount(String account, Instant since);

    @Query("select count(f) from SignInFailure f where f.address = :address and f.failedAt > :since")
    long countForAddress(String address, Instant since);

    @Query("select count(distinct f.accountKey) from SignInFailure f where f.address = :address"
            + " and f.failedAt > :since")
    long countAccountsForAddress(String address, Instant since);

    @Modifying
    @Query("delete from SignInFailure f where f.failedAt < :before")
    int deleteBefore(Instant before);
}
