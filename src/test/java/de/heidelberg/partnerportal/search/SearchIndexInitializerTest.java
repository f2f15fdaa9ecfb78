package de.heidelberg.partnerportal.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.heidelberg.partnerportal.cluster.ClusterLocks;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the start-up does with the index it finds (the index itself: SearchIndexAdminTest, SearchBenchmark). */
class SearchIndexInitializerTest {

    private final SearchIndexAdmin admin = mock(SearchIndexAdmin.class);
    private final ClusterLocks locks = mock(ClusterLocks.class);
    private final SearchIndexInitializer initializer = new SearchIndexInitializer(admin, locks);

    @BeforeEach
    void noOtherNode() {
        when(locks.runExclusively(any(), any(), any(), any()))
                .thenAnswer(call -> call.<Supplier<?>>getArgument(3).get());
    }

    private static SearchIndexAdmin.IndexStatus status(long documents, long stored) {
        return new SearchIndexAdmin.IndexStatus(Map.of(), documents, stored, false, 0, 0);
    }

    @Test
    void anIndexOfAnOlderLayoutIsDroppedBeforeAnyoneWritesAndThenRebuilt() {
        when(admin.outdatedDocuments()).thenReturn(40L);
        when(admin.currentStatus()).thenReturn(status(0, 40));

        initializer.dropOutdatedIndex();
        verify(admin).dropAndCreate();
        verify(admin, never()).startRebuild();

        initializer.afterSingletonsInstantiated();
        var order = inOrder(admin);
        order.verify(admin).createOrUpdateSchema();
        order.verify(admin).dropAndCreate();
        order.verify(admin).startRebuild();
    }

    @Test
    void anEmptyIndexIsBuiltWhenTheDatabaseHasContent() {
        when(admin.currentStatus()).thenReturn(status(0, 40));
        initializer.dropOutdatedIndex();
        initializer.afterSingletonsInstantiated();
        verify(admin, never()).dropAndCreate();
        verify(admin).startRebuild();
    }

    @Test
    void aCurrentIndexIsLeftAsItIs() {
        when(admin.currentStatus()).thenReturn(status(40, 40));
        initializer.dropOutdatedIndex();
        initializer.afterSingletonsInstantiated();
        verify(admin, never()).dropAndCreate();
        verify(admin, never()).startRebuild();
    }
}
