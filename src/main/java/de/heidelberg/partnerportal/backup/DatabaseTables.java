package de.heidelberg.partnerportal.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables a backup holds, read from the database's own description (so a table added by a later migration is
 * in the archive without a change here), in an order in which rows can be inserted (referenced tables first), with
 * their columns in one of the archive's column types. Names are lower case in the archive, whatever the database
 * folds them to. Works on H2 and PostgreSQL.
 */
final class DatabaseTables {

    /**
     * Tables that are not the office's data but the state of running nodes or of a moment: schema bookkeeping,
     * locks, the search rebuild's progress and the last index check, "stay signed in" devices, editing marks, sign-in throttling and the
     * mail outbox (mails that were sent or kept; their links would lead nowhere after a restore); in a cluster
     * also the search index's coordination (agents and outbox events of the nodes).
     */
    static final Set<String> NOT_BACKED_UP = Set.of(
            "flyway_schema_history",
            "hsearch_agent",
            "hsearch_outbox_event",
            "shedlock",
            "search_rebuild",
            "search_index_check",
            "persistent_logins",
            "edit_mark",
            "sign_in_lock",
            "sign_in_failure",
            "mail_outbox");

    /** The column types of the archive. */
    enum ColumnType {
        INTEGER,
        DECIMAL,
        DOUBLE,
        BOOLEAN,
        TEXT,
        DATE,
        TIMESTAMP,
        TIMESTAMPTZ,
        BINARY;

        String archiveName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ColumnType ofArchiveName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    record Column(String name, String databaseName, ColumnType type, int jdbcType, boolean identity) {}

    record Table(String name, String databaseName, List<Column> columns, List<String> primaryKey) {

        /** Columns in the archive's order: by name. */
        List<Column> sortedColumns() {
            return columns.stream().sorted(Comparator.comparing(Column::name)).toList();
        }

        Column column(String name) {
            return columns.stream()
                    .filter(column -> column.name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        boolean hasColumn(String name) {
            return columns.stream().anyMatch(column -> column.name().equals(name));
        }
    }

    private final Connection connection;
    private final boolean postgres;
    private final Map<String, Table> tables;
    private final List<String> insertOrder;

    private DatabaseTables(Connection connection) throws SQLException {
        this.connection = connection;
        DatabaseMetaData meta = connection.getMetaData();
        this.postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String databaseName = rs.getString("TABLE_NAME");
                String name = databaseName.toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    names.put(name, databaseName);
                }
            }
        }
        Map<String, Table> found = new TreeMap<>();
        Map<String, Set<String>> references = new TreeMap<>();
        for (Map.Entry<String, String> table : names.entrySet()) {
            found.put(table.getKey(), describe(meta, schema, table.getKey(), table.getValue()));
            Set<String> referenced = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, table.getValue())) {
                while (rs.next()) {
                    String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!target.equals(table.getKey()) && names.containsKey(target)) {
                        referenced.add(target);
                    }
                }
            }
            references.put(table.getKey(), referenced);
        }
        this.tables = found;
        this.insertOrder = order(references);
    }

    /** The tables of the database the connection is on. */
    static DatabaseTables of(Connection connection) throws SQLException {
        return new DatabaseTables(connection);
    }

    boolean postgres() {
        return postgres;
    }

    /** Referenced tables before the tables that reference them; otherwise by name. */
    List<Table> insertOrder() {
        return insertOrder.stream().map(tables::get).toList();
    }

    @org.jspecify.annotations.Nullable
    Table find(String name) {
        return tables.get(name);
    }

    /** A consistent view of all tables for this transaction (a backup of a portal in use). */
    void beginSnapshot() throws SQLException {
        connection.setAutoCommit(false);
        if (postgres) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } else {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        }
    }

    /** Ends {@link #beginSnapshot()}; the connection goes back to the pool as it came. */
    void endSnapshot() throws SQLException {
        connection.rollback();
        if (postgres) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } else {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        }
        connection.setAutoCommit(true);
    }

    long count(Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + quote(table.databaseName()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** After rows were inserted with their own keys: generated keys continue after the largest one. */
    void continueIdentities(Table table) throws SQLException {
        for (Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long max;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select coalesce(max(" + quote(column.databaseName())
                            + "), 0) from " + quote(table.databaseName()))) {
                rs.next();
                max = rs.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                if (postgres) {
                    statement.execute("select setval(pg_get_serial_sequence('" + quote(table.databaseName()) + "', '"
                            + column.databaseName() + "'), " + Math.max(max, 1) + ", " + (max > 0) + ")");
                } else {
                    statement.execute("alter table " + quote(table.databaseName()) + " alter column "
                            + quote(column.databaseName()) + " restart with " + (max + 1));
                }
            }
        }
    }

    static String quote(String databaseName) {
        return '"' + databaseName.replace("\"", "\"\"") + '"';
    }

    private Table describe(DatabaseMetaData meta, String schema, String name, String databaseName) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, databaseName, "%")) {
            while (rs.next()) {
                String columnName = rs.getString("COLUMN_NAME");
                int jdbcType = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                columns.add(new Column(
                        columnName.toLowerCase(Locale.ROOT),
                        columnName,
                        typeOf(name, columnName, jdbcType, typeName),
                        jdbcType,
                        "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, databaseName)) {
            while (rs.next()) {
                key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        List<String> primaryKey =
                key.isEmpty() ? columns.stream().map(Column::name).sorted().toList() : List.copyOf(key.values());
        return new Table(name, databaseName, List.copyOf(columns), primaryKey);
    }

    private static ColumnType typeOf(String table, String column, int jdbcType, String typeName) {
        String type = typeName.toLowerCase(Locale.ROOT);
        if (type.equals("timestamptz") || type.contains("with time zone")) {
            return ColumnType.TIMESTAMPTZ;
        }
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ColumnType.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> ColumnType.DECIMAL;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> ColumnType.DOUBLE;
            case Types.BOOLEAN, Types.BIT -> ColumnType.BOOLEAN;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> ColumnType.TEXT;
            case Types.DATE -> ColumnType.DATE;
            case Types.TIMESTAMP -> ColumnType.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> ColumnType.TIMESTAMPTZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ColumnType.BINARY;
            default ->
                throw new IllegalStateException(
                        "Column " + table + "." + column + " has a type the backup does not know: " + typeName);
        };
    }

    private static List<String> order(Map<String, Set<String>> references) {
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Map<String, Set<String>> open = new LinkedHashMap<>(references);
        while (!open.isEmpty()) {
            String next = open.entrySet().stream()
                    .filter(entry -> placed.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tables reference each other: " + open.keySet()));
            ordered.add(next);
            placed.add(next);
            open.remove(next);
        }
        return List.copyOf(ordered);
    }
}
