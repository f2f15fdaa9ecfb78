package de.heidelberg.partnerportal.visit;

import java.util.Collection;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes visits that tests of other features made, so that the shared test portal keeps only the demo content
 * (moving them to the trash would leave them in every later test's trash).
 */
public final class VisitTestData {

    private VisitTestData() {}

    public static void remove(ApplicationContext context, Collection<String> slugs) {
        VisitRepository visits = context.getBean(VisitRepository.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(
                        status -> slugs.forEach(slug -> visits.findBySlug(slug).ifPresent(visits::delete)));
    }
}
