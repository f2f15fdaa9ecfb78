package de.heidelberg.partnerportal.city;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes documents that tests of other features uploaded to a seeded city: removing one only marks it, and the
 * shared test portal keeps only the demo content.
 */
public final class CityDocumentTestData {

    private CityDocumentTestData() {}

    public static void delete(ApplicationContext context, long id) {
        CityDocumentRepository documents = context.getBean(CityDocumentRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> documents.deleteById(id));
    }
}
