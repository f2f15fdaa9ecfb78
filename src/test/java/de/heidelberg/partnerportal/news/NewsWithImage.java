package de.heidelberg.partnerportal.news;

import de.heidelberg.partnerportal.i18n.TextEdit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A news item with an image, published, a draft or in the trash, for tests of other packages (the role
 * matrix, the image API): written and removed through the repository, without history, indexed like any
 * save.
 */
public final class NewsWithImage {

    /** Where the item is. */
    public enum State {
        PUBLISHED,
        DRAFT,
        IN_TRASH
    }

    private NewsWithImage() {}

    /** Saves an item with this slug and German title, showing the image. */
    public static void save(ApplicationContext context, String slug, String title, long imageId, State state) {
        NewsEdit edit = new NewsEdit();
        edit.setSlug(slug);
        edit.setDate(LocalDate.of(2026, 11, 21));
        edit.setTitle(german(title));
        edit.setTeaser(german("Kurz."));
        edit.setBody(german("Text."));
        edit.setImageId(imageId);
        edit.setImageAlt(new TextEdit(Map.of("de", "Bild", "en", "Picture", "fr", "Image"), false));
        edit.setPublished(state != State.DRAFT);
        NewsItem item = new NewsItem(edit, "de");
        if (state == State.IN_TRASH) {
            item.moveToTrash("editor", Instant.now());
        }
        transactions(context)
                .executeWithoutResult(
                        status -> context.getBean(NewsRepository.class).save(item));
    }

    public static void remove(ApplicationContext context, String slug) {
        NewsRepository repository = context.getBean(NewsRepository.class);
        transactions(context)
                .executeWithoutResult(status -> repository.findBySlug(slug).ifPresent(repository::delete));
    }

    private static TextEdit german(String text) {
        return new TextEdit(Map.of("de", text), false);
    }

    private static TransactionTemplate transactions(ApplicationContext context) {
        return context.getBean(TransactionTemplate.class);
    }
}
