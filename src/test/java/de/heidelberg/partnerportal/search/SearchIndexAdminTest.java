package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.Readers;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
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

    @Autowired
    EntityManagerFactory entityManagerFactory;

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
        assertThat(search.search("Kumamoto", readers.current(Locale.GERMAN), 5, Optional.empty())
                        .total())
                .isPositive();
    }

    @Test
    void anIndexWrittenByThisVersionIsNotTakenForAnOlderOne() {
        assertThat(admin.currentStatus().documents()).isPositive();
        assertThat(admin.outdatedDocuments()).isZero();
    }

    /**
     * The fields of the index documents as Hibernate Search describes them, against the layout recorded for
     * {@link ContentDocumentBinder#FORMAT}: a change to the fields without a new format number would leave
     * older indexes in place that Lucene then refuses to write to. (Term vectors and highlighter kinds are not
     * in the description: raise the number for them by hand.)
     */
    @Test
    void theIndexLayoutChangesOnlyWithANewFormatNumber() throws IOException {
        Set<String> layouts = new HashSet<>();
        for (var entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            StringBuilder layout = new StringBuilder();
            entity.indexManager().descriptor().staticFields().stream()
                    .sorted(Comparator.comparing(IndexFieldDescriptor::absolutePath))
                    .forEach(field -> {
                        var type = field.toValueField().type();
                        layout.append(field.absolutePath())
                                .append(' ')
                                .append(type.valueClass().getSimpleName())
                                .append(field.multiValued() ? " multi" : "")
                                .append(type.searchable() ? " searchable" : "")
                                .append(type.projectable() ? " projectable" : "")
                                .append(type.sortable() ? " sortable" : "")
                                .append(type.aggregable() ? " aggregable" : "")
                                .append(type.analyzerName()
                                        .map(name -> " analyzer=" + name)
                                        .orElse(""))
                                .append(type.searchAnalyzerName()
                                        .map(name -> " search=" + name)
                                        .orElse(""))
                                .append(type.normalizerName()
                                        .map(name -> " normalizer=" + name)
                                        .orElse(""))
                                .append('\n');
                    });
            layouts.add(layout.toString());
        }
        assertThat(layouts)
                .as("every kind of content has the same index document")
                .hasSize(1);
        String layout = layouts.iterator().next();
        String recorded = "search/index-format-" + ContentDocumentBinder.FORMAT + ".txt";
        try (var in = getClass().getClassLoader().getResourceAsStream(recorded)) {
            assertThat(in)
                    .as(
                            "the layout of format %d, to be recorded in src/test/resources/%s:%n%s",
                            ContentDocumentBinder.FORMAT, recorded, layout)
                    .isNotNull();
            assertThat(layout)
                    .as("the index layout changed: raise ContentDocumentBinder.FORMAT and record the new layout")
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "STAFF"})
    void editorsMayNotRebuild() {
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
    }
}
