package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Readers;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The index's state and a rebuild, for administrators only. */
@PortalTest
class SearchIndexAdminTest {

    @Autowired
    SearchIndexAdmin admin;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Test
    @WithMockUser(roles = {"ADMIN", "EDITOR", "STAFF"})
    void aRebuildWritesEveryItemAgainInTheBackground() throws InterruptedException {
        SearchIndexAdmin.IndexStatus before = admin.status();
        assertThat(before.documents()).isEqualTo(before.stored()).isGreaterThan(30);
        assertThat(before.documentsByType()).containsKeys("PARTNER_CITY", "NEWS", "NETWORK", "CONTACT", "PROGRAMME");

        assertThat(admin.rebuild()).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.status().rebuilding() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        SearchIndexAdmin.IndexStatus after = admin.status();
        assertThat(after.rebuilding()).isFalse();
        assertThat(after.rebuilt()).isEqualTo(before.stored());
        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(search.search("Kumamoto", readers.current(Locale.GERMAN), 5, Optional.empty()).total()).isPositive();
    }

    @Test
    void anIndexWrittenByThisVersionIsNotTakenForAnOlderOne() {
        assertThat(admin.currentStatus().documents()).isPositive();
        assertThat(admin.outdatedDocuments()).isZero();
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "STAFF"})
    void editorsMayNotRebuild() {
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
    }
}
