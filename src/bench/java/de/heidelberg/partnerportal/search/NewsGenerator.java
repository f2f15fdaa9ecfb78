package de.heidelberg.partnerportal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The benchmark's items: news items made from the demo news in all three languages, written with JDBC batches. */
public final class NewsGenerator {

    private NewsGenerator() {}

    /** Writes {@code count} news items, each a copy of one of the demo news with its number appended to its texts. */
    public static long generateNews(DataSource dataSource, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String[]> templates = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select n.title_id, n.teaser_id, n.body_id from news_item n order by n.id")) {
                while (rows.next()) {
                    templates.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            long nextText = next(connection, "translated_text");
            long nextNews = next(connection, "news_item");
            try (PreparedStatement text = connection.prepareStatement(
                            "insert into translated_text (id, source_revision, version) values (?, 1, 0)");
                    PreparedStatement value = connection.prepareStatement(
                            "insert into translated_text_value (text_id, language, text, based_on_revision)"
                                    + " select ?, language, text || ?, 1 from translated_text_value where text_id = ?");
                    PreparedStatement news = connection.prepareStatement(
                            "insert into news_item (id, slug, news_date, news_year, title_id, teaser_id, body_id,"
                                    + " published, version) values (?, ?, ?, ?, ?, ?, ?, true, 0)")) {
                for (int i = 0; i < count; i++) {
                    String[] template = templates.get(i % templates.size());
                    long[] ids = new long[3];
                    for (int part = 0; part < 3; part++) {
                        ids[part] = nextText++;
                        text.setLong(1, ids[part]);
                        text.addBatch();
                        value.setLong(1, ids[part]);
                        value.setString(2, " (" + i + ")");
                        value.setLong(3, Long.parseLong(template[part]));
                        value.addBatch();
                    }
                    news.setLong(1, nextNews++);
                    news.setString(2, "bench-" + i);
                    news.setObject(3, java.time.LocalDate.of(2000 + i % 26, 1 + i % 12, 1 + i % 28));
                    news.setInt(4, 2000 + i % 26);
                    news.setLong(5, ids[0]);
                    news.setLong(6, ids[1]);
                    news.setLong(7, ids[2]);
                    news.addBatch();
                    if (i % 1_000 == 999) {
                        text.executeBatch();
                        value.executeBatch();
                        news.executeBatch();
                    }
                }
                text.executeBatch();
                value.executeBatch();
                news.executeBatch();
            }
            connection.commit();
        }
        return count;
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
