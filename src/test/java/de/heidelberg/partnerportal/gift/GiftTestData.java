package de.heidelberg.partnerportal.gift;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Removes gifts that tests of other features made, so that the shared test portal keeps only the demo content. */
public final class GiftTestData {

    private GiftTestData() {}

    public static void remove(ApplicationContext context, String slug) {
        GiftRepository gifts = context.getBean(GiftRepository.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> gifts.findBySlug(slug).ifPresent(gifts::delete));
    }
}
