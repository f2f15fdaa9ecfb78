package de.heidelberg.partnerportal.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The floor under the rebuild: the same items written with a bare Lucene IndexWriter, one thread per core, with
 * the portal's analyzers, per variant of what is indexed.
 */
final class BareLuceneIndexing {

    private BareLuceneIndexing() {}

    /** What a rebuild writes per item, read back from the index the mass indexer built. */
    record StoredTexts(String type, String slug, Map<String, String> titles, Map<String, String> texts) {}

    static List<StoredTexts> storedTexts(IndexReader reader, List<String> languages) throws IOException {
        List<StoredTexts> all = new ArrayList<>(reader.numDocs());
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document document = stored.document(doc);
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : languages) {
                String title = document.get(ContentDocumentBinder.title(language));
                if (title != null) {
                    titles.put(language, title);
                }
                String[] bodies = document.getValues(ContentDocumentBinder.text(language));
                if (bodies.length > 0) {
                    texts.put(language, String.join("\n\n", bodies));
                }
            }
            all.add(new StoredTexts(
                    document.get(ContentDocumentBinder.TYPE), document.get(ContentDocumentBinder.SLUG), titles, texts));
        }
        return all;
    }

    /** What a bare Lucene index of the same items holds, from what the portal writes down to what the issue needs. */
    private enum RawVariant {
        AS_THE_PORTAL(
                "the portal's fields: language fields, texts stored with term vectors (for snippets)", false, true),
        WITH_SPELL_COPY("plus a folded copy of all texts for typos (until stop 9)", true, true),
        WITHOUT_TERM_VECTORS(
                "the portal's fields without term vectors (the floor: what every search needs)", false, false);

        final String description;
        final boolean spellCopy;
        final boolean termVectors;

        RawVariant(String description, boolean spellCopy, boolean termVectors) {
            this.description = description;
            this.spellCopy = spellCopy;
            this.termVectors = termVectors;
        }
    }

    /**
     * The same items written with a bare Lucene IndexWriter, one thread per core, with the portal's analyzers:
     * the floor under what Hibernate Search's mass indexer can reach, per variant of what is indexed. Returns the
     * report's table.
     */
    static String rawIndexing(List<StoredTexts> items, Analyzer analyzer, double massSeconds, double massCpuSeconds)
            throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder table = new StringBuilder(
                """
                Bare Lucene (IndexWriter, %d threads, the portal's analyzers, texts read back from the index) writing
                the same %,d items, against the mass indexer above (%,.0f items/s, %.2f ms CPU per item):

                | what is indexed | items/s | ms CPU per item |
                |---|---|---|
                """.formatted(threads, items.size(), items.size() / massSeconds, 1000 * massCpuSeconds / items.size()));
        Analyzer folding = Analyzers.folding();
        Analyzer withSpellFields =
                new PerFieldAnalyzerWrapper(analyzer, Map.of("spell_title", folding, "spell_text", folding));
        for (RawVariant variant : RawVariant.values()) {
            Path directory = Files.createTempDirectory(Path.of("target"), "raw-index-");
            try (FSDirectory index = FSDirectory.open(directory);
                    IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(withSpellFields))) {
                long startCpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                    List<Future<?>> parts = new ArrayList<>();
                    for (int part = 0; part < threads; part++) {
                        int first = part;
                        parts.add(pool.submit(() -> {
                            for (int i = first; i < items.size(); i += threads) {
                                writer.addDocument(rawDocument(items.get(i), variant, i));
                            }
                            return null;
                        }));
                    }
                    for (Future<?> part : parts) {
                        part.get();
                    }
                }
                writer.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - startCpu) / 1e9;
                table.append("| %s | %,.0f | %.2f |%n"
                        .formatted(variant.description, items.size() / seconds, 1000 * cpuSeconds / items.size()));
            } finally {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(file -> file.toFile().delete());
                }
            }
        }
        return table.toString();
    }

    private static Document rawDocument(StoredTexts item, RawVariant variant, int number) {
        Document document = new Document();
        document.add(new IntPoint(ContentDocumentBinder.INDEX_FORMAT, ContentDocumentBinder.FORMAT));
        document.add(new StringField(ContentDocumentBinder.TYPE, item.type(), Field.Store.YES));
        document.add(new SortedSetDocValuesField(ContentDocumentBinder.TYPE, new BytesRef(item.type())));
        document.add(new StringField(ContentDocumentBinder.SLUG, item.slug(), Field.Store.YES));
        document.add(new IntPoint(ContentDocumentBinder.PUBLISHED, 1));
        document.add(new IntPoint(ContentDocumentBinder.TRASHED, 0));
        document.add(new LongPoint(ContentDocumentBinder.PUBLISH_FROM, 0));
        document.add(new LongPoint(ContentDocumentBinder.PUBLISH_UNTIL, Long.MAX_VALUE));
        int year = 2000 + number % 26;
        document.add(new IntPoint(ContentDocumentBinder.YEAR, year));
        document.add(new StoredField(ContentDocumentBinder.YEAR, year));
        document.add(new NumericDocValuesField(ContentDocumentBinder.YEAR, year));
        FieldType textType = new FieldType(TextField.TYPE_STORED);
        if (variant.termVectors) {
            textType.setStoreTermVectors(true);
            textType.setStoreTermVectorPositions(true);
            textType.setStoreTermVectorOffsets(true);
        }
        textType.freeze();
        item.titles().forEach((language, title) -> {
            document.add(new TextField(ContentDocumentBinder.title(language), title, Field.Store.YES));
            if (variant.spellCopy) {
                document.add(new TextField("spell_title", title, Field.Store.NO));
            }
        });
        item.texts().forEach((language, text) -> {
            document.add(new Field(ContentDocumentBinder.text(language), text, textType));
            if (variant.spellCopy) {
                document.add(new TextField("spell_text", text, Field.Store.NO));
            }
        });
        return document;
    }
}
