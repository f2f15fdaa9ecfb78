package de.heidelberg.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How the check tells missing, stale and orphaned documents apart. */
class IndexDifferencesTest {

    @Test
    void sortsEveryDifferenceIntoItsKind() {
        Map<Long, Long> stored = Map.of(1L, 3L, 2L, 5L, 3L, 1L, 4L, 2L, 5L, 7L);
        Map<Long, @Nullable Long> indexed = new HashMap<>();
        indexed.put(1L, 3L); // up to date
        indexed.put(2L, 4L); // missed a save
        indexed.put(4L, null); // written by a version of the portal without versions in the index
        indexed.put(5L, IndexDifferences.TWICE); // two documents for one item
        indexed.put(9L, 1L); // its item is gone

        IndexDifferences differences = IndexDifferences.between(stored, indexed);

        assertThat(differences.missing()).containsExactly(3L);
        assertThat(differences.stale()).containsExactly(2L, 4L, 5L);
        assertThat(differences.orphaned()).containsExactly(9L);
        assertThat(differences.all()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 9L);
        assertThat(differences.none()).isFalse();
    }

    @Test
    void anIndexThatMatchesHasNoDifferences() {
        IndexDifferences differences = IndexDifferences.between(Map.of(1L, 2L), new HashMap<>(Map.of(1L, 2L)));
        assertThat(differences.none()).isTrue();
        assertThat(differences.all()).isEqualTo(List.of());
    }
}
