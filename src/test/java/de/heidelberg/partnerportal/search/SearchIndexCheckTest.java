package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.SignedIn;
import de.heidelberg.partnerportal.content.ContentEntity;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Readers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index check against an index and a database changed behind the portal's back, as a crash between a
 * database commit and the index's leaves them: it must find and repair exactly those documents. The demo content
 * is left as it was for the other tests of the context.
 */
@PortalTest
class SearchIndexCheckTest {

    @Autowired
    SearchIndexCheck check;

    @Autowired
    SearchIndexAdmin admin;

    @Autowired
    SearchService search;

    @Autowired
    Readers readers;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RebuildState rebuilds;

    @Test
    void findsAndRepairsExactlyTheDocumentsThatDifferFromTheDatabase() {
        assertThat(check.checkNow().orElseThrow().repaired()).isZero();
        // a news item saved to the database whose index update was lost
        long orphan = insertNews("verwaiste-meldung", "Verwaiste Meldung");
        SearchIndexCheck.Result first = check.checkNow().orElseThrow();
        assertThat(first.missing()).isOne();
        assertThat(first.repaired()).isOne();
        assertThat(first.compared()).isEqualTo(admin.currentStatus().stored());
        assertThat(first.documents()).as("documents before the repair").isEqualTo(first.compared() - 1);
        assertThat(documents(ContentType.NEWS, orphan)).isOne();
        long stored = first.compared();

        List<Long> news = jdbc.queryForList("select id from news_item where id <> ? order by id", Long.class, orphan);
        long unindexed = news.get(0);
        long trashed = news.get(1);
        long renamed = jdbc.queryForObject("select name_id from partner_city where slug = 'cambridge'", Long.class);
        String name = jdbc.queryForObject(
                "select text from translated_text_value where language = 'de' and text_id = ?", String.class, renamed);
        try {
            // the index loses a document
            new TransactionTemplate(transactions)
                    .executeWithoutResult(status ->
                            Search.session(entityManager).indexingPlan().purge("NewsItem", unindexed, null));
            // saves committed to the database whose index updates were lost: a new name, a move to the trash
            rename(renamed, "Zauberstadt Cambridge");
            jdbc.update(
                    "update news_item set deleted_at = current_timestamp, version = version + 1 where id = ?", trashed);
            // an item deleted for good whose document stayed
            deleteNews(orphan);
            assertThat(documents(ContentType.NEWS, unindexed)).isZero();
            assertThat(found("Zauberstadt")).isZero();

            SearchIndexCheck.Result repaired = check.checkNow().orElseThrow();

            assertThat(repaired.failed()).isFalse();
            assertThat(repaired.missing()).isEqualTo(1);
            assertThat(repaired.stale()).isEqualTo(2);
            assertThat(repaired.orphaned()).isEqualTo(1);
            assertThat(repaired.compared()).isEqualTo(stored - 1);
            assertThat(repaired.documents()).isEqualTo(stored - 1);
            assertThat(documents(ContentType.NEWS, unindexed)).isOne();
            assertThat(documents(ContentType.NEWS, orphan)).isZero();
            assertThat(found("Zauberstadt")).as("the new name is found").isOne();
            assertThat(SignedIn.asAdmin(() -> check.status().last())).isEqualTo(repaired);

            SearchIndexCheck.Result again = check.checkNow().orElseThrow();
            assertThat(again.repaired()).isZero();
            assertThat(again.documents()).isEqualTo(again.compared()).isEqualTo(stored - 1);
        } finally {
            // the other tests of this context see the demo content as it was
            rename(renamed, name);
            jdbc.update("update news_item set deleted_at = null, version = version + 1 where id = ?", trashed);
            check.checkNow();
        }
    }

    @Test
    void aRebuildAndACheckNeverRunAtTheSameTime() {
        var rebuilding = rebuilds.lockAgainstRebuilds(Duration.ofMinutes(1)).orElseThrow();
        try {
            assertThat(check.checkNow()).isEmpty();
        } finally {
            rebuilding.unlock();
        }
        assertThat(check.checkNow()).isPresent();
    }

    @Test
    void onlyAdministratorsMayCheck() {
        SignedIn.as("editor", "ROLE_EDITOR", () -> {
            assertThatThrownBy(() -> check.checkAndRepair()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> check.status()).isInstanceOf(AccessDeniedException.class);
        });
    }

    /** A new German text of a partner city's name, with the city's version raised as a save raises it. */
    private void rename(long nameId, String name) {
        jdbc.update("update translated_text_value set text = ? where language = 'de' and text_id = ?", name, nameId);
        jdbc.update("update partner_city set version = version + 1 where name_id = ?", nameId);
    }

    private long insertNews(String slug, String title) {
        jdbc.update(
                "insert into news_item (slug, news_year, title_id, teaser_id, body_id, published, version)"
                        + " values (?, 2026, ?, ?, ?, true, 0)",
                slug,
                insertText(title),
                insertText("Kurztext"),
                insertText("Text"));
        return jdbc.queryForObject("select id from news_item where slug = ?", Long.class, slug);
    }

    private long insertText(String german) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> connection.prepareStatement(
                        "insert into translated_text (source_revision, version) values (1, 0)", new String[] {"id"}),
                key);
        long id = key.getKey().longValue();
        jdbc.update(
                "insert into translated_text_value (text_id, language, text, based_on_revision) values (?, 'de', ?, 1)",
                id,
                german);
        return id;
    }

    private void deleteNews(long id) {
        List<Long> texts = jdbc.queryForList(
                "select title_id from news_item where id = ? union select teaser_id from news_item where id = ?"
                        + " union select body_id from news_item where id = ?",
                Long.class,
                id,
                id,
                id);
        jdbc.update("delete from news_item where id = ?", id);
        texts.forEach(text -> jdbc.update("delete from translated_text where id = ?", text));
    }

    private long documents(ContentType type, long id) {
        try (EntityManager reading = entityManagerFactory.createEntityManager()) {
            return Search.session(reading)
                    .search(ContentEntity.class)
                    .where(f -> f.and(
                            f.id().matching(id),
                            f.match().field(ContentDocumentBinder.TYPE).matching(type.name())))
                    .fetchTotalHitCount();
        }
    }

    private long found(String query) {
        return SignedIn.as(
                "staff",
                "ROLE_STAFF",
                () -> search.search(query, readers.current(Locale.GERMAN), 10, Optional.empty())
                        .total());
    }
}
