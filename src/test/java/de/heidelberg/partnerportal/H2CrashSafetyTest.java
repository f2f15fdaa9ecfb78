package de.heidelberg.partnerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 settings of {@code application.properties} keep every committed transaction when the JVM dies at
 * once, as with {@code kill -9}: a second JVM commits rows one by one with the portal's database address,
 * reports each commit, and halts right after the last one (no shutdown hook, nothing closed); every reported
 * row must be in the database afterwards. With H2's default write delay (500 ms) the last rows are lost.
 */
class H2CrashSafetyTest {

    private static final int ROWS = 400;

    @Test
    void everyCommitReportedBeforeTheProcessDiedIsInTheDatabase(@TempDir Path data) throws Exception {
        String url = portalDatabaseUrl(data);
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        url,
                        String.valueOf(ROWS))
                .redirectErrorStream(true)
                .start();
        int confirmed = lastConfirmed(writer.getInputStream());
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("the writer halted itself").isEqualTo(Writer.HALTED);
        assertThat(confirmed).isEqualTo(ROWS);

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(savedRows(connection)).as("rows in the database").isEqualTo(confirmed);
        }
    }

    /** The rows the writer left; none when not even its table reached the file. */
    private static int savedRows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet table = statement.executeQuery(
                        "select count(*) from information_schema.tables where table_name = 'SAVED'")) {
            table.next();
            if (table.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*), max(n) from saved")) {
            rows.next();
            assertThat(rows.getInt(2)).as("the last row").isEqualTo(rows.getInt(1));
            return rows.getInt(1);
        }
    }

    /** The datasource address of application.properties, with the data folder in the test's folder. */
    private static String portalDatabaseUrl(Path data) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2CrashSafetyTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:${portal.data-dir}/");
        return url.replace("${portal.data-dir}", data.toAbsolutePath().toString());
    }

    private static int lastConfirmed(InputStream output) throws IOException {
        int confirmed = 0;
        StringBuilder other = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("committed ")) {
                    confirmed = Integer.parseInt(line.substring("committed ".length()));
                } else {
                    other.append(line).append('\n');
                }
            }
        }
        assertThat(other.toString()).as("the writer's other output").isEmpty();
        return confirmed;
    }

    /** The second JVM: commits rows one at a time, says so after each commit, then halts at once. */
    static final class Writer {

        static final int HALTED = 9;

        private Writer() {}

        public static void main(String[] arguments) throws SQLException {
            int rows = Integer.parseInt(arguments[1]);
            Connection connection = DriverManager.getConnection(arguments[0], "sa", "");
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table saved (n int primary key, text varchar(200))");
            }
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement("insert into saved values (?, ?)")) {
                for (int n = 1; n <= rows; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, "a save confirmed to its editor, number " + n);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println("committed " + n);
                    System.out.flush();
                }
            }
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
