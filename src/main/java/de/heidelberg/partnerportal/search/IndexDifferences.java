package de.heidelberg.partnerportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the database and the index for one kind of content, item by item: items without a
 * document (missing), documents of another version of their item or written twice (stale), documents of
 * items that no longer exist (orphaned).
 */
record IndexDifferences(List<Long> missing, List<Long> stale, List<Long> orphaned) {

    /** The version noted for an item whose document the index holds more than once. */
    static final long TWICE = Long.MIN_VALUE;

    /**
     * Compares the items' versions in the database with those in their documents ({@code null} for a document
     * without a version).
     */
    static IndexDifferences between(Map<Long, Long> stored, Map<Long, @Nullable Long> indexed) {
        List<Long> missing = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        stored.forEach((id, version) -> {
            if (!indexed.containsKey(id)) {
                missing.add(id);
            } else if (!Objects.equals(indexed.get(id), version)) {
                stale.add(id);
            }
        });
        List<Long> orphaned =
                indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        return new IndexDifferences(sorted(missing), sorted(stale), sorted(orphaned));
    }

    /** Every item whose document is to be written again or removed. */
    List<Long> all() {
        return Stream.of(missing, stale, orphaned).flatMap(List::stream).toList();
    }

    boolean none() {
        return missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
