package de.heidelberg.partnerportal.backup;

import de.heidelberg.partnerportal.backup.DatabaseTables.Column;
import de.heidelberg.partnerportal.backup.DatabaseTables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an archive completely (format, version, every entry's size and checksum, tables and columns this
 * database has) and then restores it into an empty database in one transaction: all or nothing.
 */
final class BackupReader {

    /** The largest manifest read; a real one is a few kilobytes. */
    private static final long MAX_MANIFEST = 16L * 1024 * 1024;

    private static final int BATCH = 200;

    /**
     * Tables that may hold rows in an instance that is still "empty": the first administrator (and the token
     * or sign-ins with which they restore), and what migrations put in (the default synonyms).
     */
    static final Set<String> SET_UP_WITH_AN_EMPTY_INSTANCE = Set.of(
            "app_user",
            "app_user_role",
            "api_token",
            "account_token",
            "security_event",
            "search_synonym",
            "search_query_stat");

    private final JsonMapper json;
    /** Reads one value of a table file at a time (the parser goes on after it). */
    private final ObjectReader node;

    BackupReader(JsonMapper json) {
        this.json = json;
        this.node = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The archive's manifest once every entry was found as the manifest lists it. */
    BackupFormat.Manifest verify(ZipFile zip, long schemaVersion) {
        ZipEntry manifestEntry = zip.getEntry(BackupFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new BackupException("backup.error.not-a-backup");
        }
        BackupFormat.Manifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST + 1);
            if (bytes.length > MAX_MANIFEST) {
                throw new BackupException("backup.error.not-a-backup");
            }
            manifest = json.readValue(bytes, BackupFormat.Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new BackupException("backup.error.damaged", BackupFormat.MANIFEST);
        }
        if (!BackupFormat.NAME.equals(manifest.format()) || manifest.tables() == null || manifest.entries() == null) {
            throw new BackupException("backup.error.not-a-backup");
        }
        if (manifest.formatVersion() > BackupFormat.VERSION) {
            throw new BackupException("backup.error.newer-format", manifest.formatVersion(), BackupFormat.VERSION);
        }
        if (schemaVersionOf(manifest) > schemaVersion) {
            throw new BackupException("backup.error.newer-schema", manifest.schemaVersion(), schemaVersion);
        }
        Map<String, BackupFormat.FileEntry> listed = new HashMap<>();
        for (BackupFormat.FileEntry entry : manifest.entries()) {
            if (entry == null || entry.name() == null || listed.put(entry.name(), entry) != null) {
                throw new BackupException("backup.error.tampered", entry == null ? "?" : entry.name());
            }
        }
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.getName().equals(BackupFormat.MANIFEST)) {
                continue;
            }
            BackupFormat.FileEntry expected = listed.get(entry.getName());
            if (expected == null || !seen.add(entry.getName())) {
                throw new BackupException("backup.error.tampered", entry.getName());
            }
            check(zip, entry, expected);
        }
        for (String name : listed.keySet()) {
            if (!seen.contains(name)) {
                throw new BackupException("backup.error.missing-entry", name);
            }
        }
        for (BackupFormat.TableEntry table : manifest.tables()) {
            if (table == null || table.entry() == null || !listed.containsKey(table.entry())) {
                throw new BackupException("backup.error.tampered", table == null ? "?" : table.entry());
            }
        }
        return manifest;
    }

    /** Restores a {@linkplain #verify verified} archive; {@code progress} hears the rows written so far. */
    BackupSummary restore(ZipFile zip, BackupFormat.Manifest manifest, Connection connection, LongConsumer progress)
            throws SQLException, IOException {
        DatabaseTables tables = DatabaseTables.of(connection);
        Map<String, BackupFormat.TableEntry> archived = new HashMap<>();
        for (BackupFormat.TableEntry entry : manifest.tables()) {
            if (tables.find(entry.name()) == null) {
                throw new BackupException("backup.error.unknown-table", entry.name());
            }
            archived.put(entry.name(), entry);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            requireEmpty(tables);
            List<Table> order = tables.insertOrder();
            List<Table> reverse = new ArrayList<>(order);
            Collections.reverse(reverse);
            for (Table table : reverse) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from " + DatabaseTables.quote(table.databaseName()));
                }
            }
            long rows = 0;
            int files = 0;
            for (Table table : order) {
                BackupFormat.TableEntry entry = archived.get(table.name());
                if (entry == null) {
                    continue;
                }
                long[] counts = insert(zip, entry, table, connection);
                if (counts[0] != entry.rows()) {
                    throw new BackupException("backup.error.tampered", entry.entry());
                }
                rows += counts[0];
                files += (int) counts[1];
                progress.accept(rows);
            }
            for (Table table : order) {
                tables.continueIdentities(table);
            }
            connection.commit();
            return new BackupSummary(archived.size(), rows, files);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** True if the database holds nothing a restore would overwrite (see {@link #SET_UP_WITH_AN_EMPTY_INSTANCE}). */
    static boolean isEmpty(Connection connection) throws SQLException {
        return firstContent(DatabaseTables.of(connection)) == null;
    }

    private static void requireEmpty(DatabaseTables tables) throws SQLException {
        Object[] content = firstContent(tables);
        if (content != null) {
            throw new BackupException("backup.error.not-empty", content);
        }
    }

    /** The first table holding what a restore would overwrite, and its row count; null if there is none. */
    private static Object @Nullable [] firstContent(DatabaseTables tables) throws SQLException {
        for (Table table : tables.insertOrder()) {
            long rows = tables.count(table);
            boolean allowed = SET_UP_WITH_AN_EMPTY_INSTANCE.contains(table.name())
                    && (!table.name().equals("app_user") || rows <= 1);
            if (rows > 0 && !allowed) {
                return new Object[] {table.name(), rows};
            }
        }
        return null;
    }

    private long[] insert(ZipFile zip, BackupFormat.TableEntry entry, Table table, Connection connection)
            throws SQLException, IOException {
        ZipEntry zipEntry = zip.getEntry(entry.entry());
        long rows = 0;
        long files = 0;
        try (InputStream in = zip.getInputStream(zipEntry);
                JsonParser parser = json.createParser(in)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, entry);
            List<Column> columns = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                switch (property) {
                    case "columns" -> columns = columns(node.readValue(parser), table, entry);
                    case "rows" -> {
                        expect(columns != null && parser.currentToken() == JsonToken.START_ARRAY, entry);
                        long[] counts = insertRows(zip, parser, table, columns, connection, entry);
                        rows = counts[0];
                        files = counts[1];
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new BackupException("backup.error.damaged", entry.entry()).causedBy(e);
        }
        return new long[] {rows, files};
    }

    private List<Column> columns(JsonNode node, Table table, BackupFormat.TableEntry entry) {
        expect(node.isArray(), entry);
        List<Column> columns = new ArrayList<>();
        for (JsonNode column : node) {
            String name = column.get("name") == null ? "" : column.get("name").asString();
            if (!table.hasColumn(name)) {
                throw new BackupException("backup.error.unknown-column", table.name() + "." + name);
            }
            Column target = table.column(name);
            String type = column.get("type") == null ? "" : column.get("type").asString();
            expect(target.type().archiveName().equals(type), entry);
            columns.add(target);
        }
        return columns;
    }

    private long[] insertRows(
            ZipFile zip,
            JsonParser parser,
            Table table,
            List<Column> columns,
            Connection connection,
            BackupFormat.TableEntry entry)
            throws SQLException, IOException {
        String sql = "insert into " + DatabaseTables.quote(table.databaseName()) + " ("
                + String.join(
                        ", ",
                        columns.stream()
                                .map(c -> DatabaseTables.quote(c.databaseName()))
                                .toList())
                + ") values (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        long files = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int batched = 0;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                JsonNode row = node.readValue(parser);
                expect(row.size() == columns.size(), entry);
                for (int i = 0; i < columns.size(); i++) {
                    files += bind(insert, i + 1, columns.get(i), row.get(i), zip, entry) ? 1 : 0;
                }
                insert.addBatch();
                rows++;
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            expect(parser.currentToken() == JsonToken.END_ARRAY, entry);
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        return new long[] {rows, files};
    }

    /** Binds one value; true if it was a file of the archive. */
    private static boolean bind(
            PreparedStatement insert,
            int index,
            Column column,
            JsonNode value,
            ZipFile zip,
            BackupFormat.TableEntry entry)
            throws SQLException, IOException {
        if (value == null || value.isNull()) {
            insert.setNull(index, column.jdbcType());
            return false;
        }
        try {
            switch (column.type()) {
                case INTEGER -> {
                    expect(value.isIntegralNumber(), entry);
                    insert.setLong(index, value.asLong());
                }
                case DOUBLE -> {
                    expect(value.isNumber(), entry);
                    insert.setDouble(index, value.asDouble());
                }
                case BOOLEAN -> {
                    expect(value.isBoolean(), entry);
                    insert.setBoolean(index, value.asBoolean());
                }
                case DECIMAL -> insert.setBigDecimal(index, new BigDecimal(text(value, entry)));
                case TEXT -> insert.setString(index, text(value, entry));
                case DATE -> insert.setObject(index, LocalDate.parse(text(value, entry)));
                case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(text(value, entry)));
                case TIMESTAMPTZ ->
                    insert.setObject(index, Instant.parse(text(value, entry)).atOffset(ZoneOffset.UTC));
                case BINARY -> {
                    String name = text(value, entry);
                    ZipEntry file = name.startsWith(BackupFormat.FILES) ? zip.getEntry(name) : null;
                    if (file == null) {
                        throw new BackupException("backup.error.missing-entry", name);
                    }
                    try (InputStream data = zip.getInputStream(file)) {
                        insert.setBytes(index, data.readAllBytes());
                    }
                    return true;
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BackupException("backup.error.damaged", entry.entry()).causedBy(e);
        }
        return false;
    }

    private static String text(JsonNode value, BackupFormat.TableEntry entry) {
        expect(value.isString(), entry);
        return value.asString();
    }

    private static void expect(boolean condition, BackupFormat.TableEntry entry) {
        if (!condition) {
            throw new BackupException("backup.error.damaged", entry.entry())
                    .causedBy(new IllegalStateException("Unexpected content in " + entry.entry()));
        }
    }

    private static void check(ZipFile zip, ZipEntry entry, BackupFormat.FileEntry expected) {
        if (entry.getSize() >= 0 && entry.getSize() != expected.size()) {
            throw new BackupException("backup.error.tampered", entry.getName());
        }
        MessageDigest sha256 = BackupWriter.sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                size += read;
                if (size > expected.size()) {
                    throw new BackupException("backup.error.tampered", entry.getName());
                }
                sha256.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new BackupException("backup.error.damaged", entry.getName());
        }
        if (size != expected.size()
                || !HexFormat.of().formatHex(sha256.digest()).equals(expected.sha256())) {
            throw new BackupException("backup.error.tampered", entry.getName());
        }
    }

    private static long schemaVersionOf(BackupFormat.Manifest manifest) {
        try {
            return manifest.schemaVersion() == null ? Long.MAX_VALUE : majorVersion(manifest.schemaVersion());
        } catch (NumberFormatException e) {
            throw new BackupException("backup.error.not-a-backup");
        }
    }

    /** The migration number of a Flyway version such as {@code 16} or {@code 11.1}. */
    static long majorVersion(@Nullable String version) {
        if (version == null || version.isBlank()) {
            return 0;
        }
        int dot = version.indexOf('.');
        return Long.parseLong(dot < 0 ? version : version.substring(0, dot));
    }
}
