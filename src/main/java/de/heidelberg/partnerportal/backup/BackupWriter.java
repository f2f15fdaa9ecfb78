package de.heidelberg.partnerportal.backup;

import de.heidelberg.partnerportal.backup.DatabaseTables.Column;
import de.heidelberg.partnerportal.backup.DatabaseTables.ColumnType;
import de.heidelberg.partnerportal.backup.DatabaseTables.Table;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes one archive from one consistent view of the database (see {@link BackupFormat}). */
final class BackupWriter {

    /** Rows fetched from the database at a time. */
    private static final int FETCH_SIZE = 500;

    private final JsonMapper json;

    BackupWriter(JsonMapper json) {
        this.json = json;
    }

    /**
     * Writes all backed-up tables; {@code progress} hears the number of rows written so far after every table,
     * out of {@code total} (told first).
     */
    BackupSummary write(
            Connection connection,
            String schemaVersion,
            Instant createdAt,
            OutputStream target,
            LongConsumer total,
            LongConsumer progress)
            throws SQLException, IOException {
        DatabaseTables tables = DatabaseTables.of(connection);
        tables.beginSnapshot();
        try {
            List<Table> ordered = tables.insertOrder().stream()
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
            long rows = 0;
            for (Table table : ordered) {
                rows += tables.count(table);
            }
            total.accept(rows);
            List<BackupFormat.TableEntry> tableEntries = new ArrayList<>();
            List<BackupFormat.FileEntry> fileEntries = new ArrayList<>();
            long written = 0;
            ZipOutputStream zip = new ZipOutputStream(new KeepOpen(target));
            for (Table table : ordered) {
                String name = BackupFormat.tableEntry(table.name());
                long[] count = new long[1];
                fileEntries.add(entry(zip, name, out -> count[0] = writeTable(connection, table, out)));
                tableEntries.add(new BackupFormat.TableEntry(table.name(), name, count[0]));
                fileEntries.addAll(writeFiles(connection, table, zip));
                written += count[0];
                progress.accept(written);
            }
            BackupFormat.Manifest manifest = new BackupFormat.Manifest(
                    BackupFormat.NAME,
                    BackupFormat.VERSION,
                    createdAt.toString(),
                    schemaVersion,
                    tableEntries,
                    fileEntries);
            entry(
                    zip,
                    BackupFormat.MANIFEST,
                    out -> out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest)));
            zip.finish();
            target.flush();
            return new BackupSummary(tableEntries.size(), written, fileEntries.size() - tableEntries.size());
        } finally {
            tables.endSnapshot();
        }
    }

    private long writeTable(Connection connection, Table table, OutputStream out) throws SQLException, IOException {
        List<Column> columns = table.sortedColumns();
        long rows = 0;
        try (JsonGenerator generator = json.createGenerator(new KeepOpen(out))) {
            generator.writeStartObject();
            generator.writeName("table");
            generator.writeString(table.name());
            generator.writeName("columns");
            generator.writeStartArray();
            for (Column column : columns) {
                generator.writeStartObject();
                generator.writeName("name");
                generator.writeString(column.name());
                generator.writeName("type");
                generator.writeString(column.type().archiveName());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeName("rows");
            generator.writeStartArray();
            rows = rows(connection, table, columns, row -> {
                generator.writeRaw("\n");
                generator.writeStartArray();
                for (int i = 0; i < columns.size(); i++) {
                    writeValue(generator, columns.get(i).type(), row.get(i));
                }
                generator.writeEndArray();
            });
            generator.writeRaw("\n");
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return rows;
    }

    private interface RowSink {
        void accept(List<@Nullable Object> row);
    }

    /**
     * Hands over the rows in primary key order, binary values as their entry names; streamed from the database
     * where the key is numbers (the large tables: history, texts), else sorted here (text orders differ between
     * databases, and the archive must not). The number of rows.
     */
    private static long rows(Connection connection, Table table, List<Column> columns, RowSink sink)
            throws SQLException {
        String select = columns.stream()
                .map(column -> column.type() == ColumnType.BINARY
                        ? "case when " + DatabaseTables.quote(column.databaseName()) + " is null then 0 else 1 end"
                        : DatabaseTables.quote(column.databaseName()))
                .collect(Collectors.joining(", "));
        boolean numericKey = numericKey(table);
        String sql = "select " + select + " from " + DatabaseTables.quote(table.databaseName())
                + (numericKey ? " order by " + orderBy(table) : "");
        List<Integer> key =
                table.primaryKey().stream().map(name -> indexOf(columns, name)).toList();
        List<List<@Nullable Object>> sorted = new ArrayList<>();
        long count = 0;
        try (PreparedStatement statement = fetchingInPortions(connection.prepareStatement(sql))) {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<@Nullable Object> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(read(rs, i + 1, columns.get(i).type()));
                    }
                    if (numericKey) {
                        sink.accept(named(table, columns, key, row));
                    } else {
                        sorted.add(row);
                    }
                    count++;
                }
            }
        }
        sorted.sort((a, b) -> compareKeys(a, b, key));
        sorted.forEach(row -> sink.accept(named(table, columns, key, row)));
        return count;
    }

    /** PostgreSQL sends the rows in portions only with a fetch size (inside the snapshot's transaction). */
    private static PreparedStatement fetchingInPortions(PreparedStatement statement) throws SQLException {
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    /** The row with each binary value replaced by its entry's name. */
    private static List<@Nullable Object> named(
            Table table, List<Column> columns, List<Integer> key, List<@Nullable Object> row) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ColumnType.BINARY) {
                row.set(
                        i,
                        Integer.valueOf(1).equals(row.get(i))
                                ? fileName(table, columns.get(i), keyOf(row, key), mediaType(table, columns, row))
                                : null);
            }
        }
        return row;
    }

    private List<BackupFormat.FileEntry> writeFiles(Connection connection, Table table, ZipOutputStream zip)
            throws SQLException, IOException {
        List<Column> binary = table.sortedColumns().stream()
                .filter(column -> column.type() == ColumnType.BINARY)
                .toList();
        if (binary.isEmpty()) {
            return List.of();
        }
        if (!numericKey(table)) {
            throw new IllegalStateException("Binary columns need a numeric primary key: " + table.name());
        }
        List<BackupFormat.FileEntry> entries = new ArrayList<>();
        String keyColumns = table.primaryKey().stream()
                .map(name -> DatabaseTables.quote(table.column(name).databaseName()))
                .collect(Collectors.joining(", "));
        boolean typed = table.hasColumn("media_type");
        for (Column column : binary) {
            String sql = "select " + keyColumns
                    + (typed
                            ? ", "
                                    + DatabaseTables.quote(
                                            table.column("media_type").databaseName())
                            : "") + ", " + DatabaseTables.quote(column.databaseName()) + " from "
                    + DatabaseTables.quote(table.databaseName()) + " where "
                    + DatabaseTables.quote(column.databaseName()) + " is not null order by " + orderBy(table);
            try (PreparedStatement statement = fetchingInPortions(connection.prepareStatement(sql));
                    ResultSet rs = statement.executeQuery()) {
                int keys = table.primaryKey().size();
                while (rs.next()) {
                    List<Object> key = new ArrayList<>();
                    for (int i = 1; i <= keys; i++) {
                        key.add(rs.getLong(i));
                    }
                    String mediaType = typed ? rs.getString(keys + 1) : null;
                    String name = fileName(table, column, key, mediaType);
                    try (InputStream data = rs.getBinaryStream(keys + (typed ? 2 : 1))) {
                        entries.add(entry(zip, name, data::transferTo));
                    }
                }
            }
        }
        return entries;
    }

    private interface EntryContent {
        void write(OutputStream out) throws SQLException, IOException;
    }

    private static BackupFormat.FileEntry entry(ZipOutputStream zip, String name, EntryContent content)
            throws SQLException, IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(BackupFormat.ENTRY_TIME);
        zip.putNextEntry(entry);
        MessageDigest sha256 = sha256();
        CountingStream counting = new CountingStream(new DigestOutputStream(new KeepOpen(zip), sha256));
        content.write(counting);
        counting.flush();
        zip.closeEntry();
        return new BackupFormat.FileEntry(name, counting.count, HexFormat.of().formatHex(sha256.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case INTEGER -> rs.getLong(index);
            case BINARY -> rs.getInt(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case TEXT -> rs.getString(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case TIMESTAMPTZ -> {
                OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
        };
        return rs.wasNull() ? null : value;
    }

    private static void writeValue(JsonGenerator generator, ColumnType type, @Nullable Object value) {
        if (value == null) {
            generator.writeNull();
            return;
        }
        switch (type) {
            case INTEGER -> generator.writeNumber((Long) value);
            case DOUBLE -> generator.writeNumber((Double) value);
            case BOOLEAN -> generator.writeBoolean((Boolean) value);
            case DECIMAL -> generator.writeString(((BigDecimal) value).toPlainString());
            default -> generator.writeString(value.toString());
        }
    }

    private static boolean numericKey(Table table) {
        return table.primaryKey().stream().allMatch(name -> table.column(name).type() == ColumnType.INTEGER);
    }

    private static String orderBy(Table table) {
        return table.primaryKey().stream()
                .map(name -> DatabaseTables.quote(table.column(name).databaseName()))
                .collect(Collectors.joining(", "));
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("No column " + name);
    }

    private static List<@Nullable Object> keyOf(List<@Nullable Object> row, List<Integer> key) {
        return key.stream().map(row::get).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<@Nullable Object> a, List<@Nullable Object> b, List<Integer> key) {
        for (int index : key) {
            Object x = a.get(index);
            Object y = b.get(index);
            int result;
            if (x == null || y == null) {
                result = x == y ? 0 : x == null ? -1 : 1;
            } else {
                result = ((Comparable) x).compareTo(y);
            }
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static @Nullable String mediaType(Table table, List<Column> columns, List<@Nullable Object> row) {
        return table.hasColumn("media_type") ? (String) row.get(indexOf(columns, "media_type")) : null;
    }

    private static String fileName(
            Table table, Column column, List<? extends @Nullable Object> key, @Nullable String mediaType) {
        String keyName = key.stream().map(String::valueOf).collect(Collectors.joining("-"));
        return BackupFormat.FILES + table.name() + "/" + keyName + "." + column.name() + "."
                + (mediaType == null ? "bin" : BackupFormat.extension(mediaType));
    }

    /** Lets the ZIP and JSON writers close their view without closing the stream below. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
