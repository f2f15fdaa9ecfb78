package de.heidelberg.partnerportal.news;

import static de.heidelberg.partnerportal.EditorInputs.type;
import static de.heidelberg.partnerportal.Navigation.navigateWithLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.TestImages;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TranslatedTextField;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.news.ui.NewsEditView;
import de.heidelberg.partnerportal.news.ui.NewsItemView;
import de.heidelberg.partnerportal.ui.editor.ImageField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** An editor gives a news item an image, described in every language; only real images are taken. */
@PortalTest
class NewsImageTest extends SpringBrowserlessTest {

    private static final String SLUG = "mit-bild";

    @Autowired
    NewsService news;

    @Autowired
    NewsRepository repository;

    @Autowired
    ImageService images;

    @Autowired
    Readers readers;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void anItemWithoutImage() {
        transactions.executeWithoutResult(status -> repository.save(new NewsItem(
                new NewNews(
                        SLUG,
                        LocalDate.of(2026, 11, 21),
                        2026,
                        Map.of("de", "Neue Brücke", "en", "New bridge", "fr", "Nouveau pont"),
                        Map.of("de", "Eröffnet."),
                        Map.of("de", "Heute."),
                        null,
                        null,
                        Set.of(),
                        Set.of(),
                        true),
                "de")));
    }

    @AfterEach
    void removeIt() {
        transactions.executeWithoutResult(status -> repository.findBySlug(SLUG).ifPresent(repository::delete));
    }

    @Test
    @WithUserDetails("editor")
    void anUploadedImageNeedsItsDescriptionInEveryLanguageAndReadersGetTheirs() {
        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "de", NewsEditView.class);
        ImageField image = $(ImageField.class, editor).single();
        UploadTester<Upload> upload = test($(Upload.class, image).single());
        upload.upload("bruecke.png", "image/png", TestImages.png(40, 30));
        assertThat(image.getValue()).isNotNull();

        type(this, editor, "Bildbeschreibung (Alternativtext)", "de", "Die neue Brücke über den Neckar");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat($(TranslatedTextField.class, editor)
                        .withLabel("Bildbeschreibung (Alternativtext)")
                        .single()
                        .isInvalid())
                .isTrue();

        type(this, editor, "Bildbeschreibung (Alternativtext)", "en", "The new bridge across the Neckar");
        type(this, editor, "Bildbeschreibung (Alternativtext)", "fr", "Le nouveau pont sur le Neckar");
        test($(Button.class, editor).withClassName("save").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NewsItemView.class);

        NewsItemView page = navigateWithLanguage("news/" + SLUG, "fr", NewsItemView.class);
        Image shown = $(Image.class, page).withClassName("news-image").single();
        assertThat(shown.getSrc()).isEqualTo(ImageService.url(image.getValue()));
        assertThat(shown.getAlt()).hasValue("Le nouveau pont sur le Neckar");
        assertThat(images.find(image.getValue(), readers.current(Locale.FRENCH))
                        .orElseThrow()
                        .mediaType())
                .isEqualTo("image/png");
    }

    @Test
    @WithUserDetails("editor")
    void aFileThatIsNoImageIsRefusedWithAReasonAndTheItemKeepsItsImage() {
        NewsEditView editor = navigateWithLanguage("edit/news/" + SLUG, "en", NewsEditView.class);
        ImageField image = $(ImageField.class, editor).single();
        UploadTester<Upload> upload = test($(Upload.class, image).single());
        upload.upload("evil.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));
        assertThat(image.getValue()).isNull();
        assertThat($(Paragraph.class, image)
                        .withClassName("image-error")
                        .single()
                        .getText())
                .isEqualTo("This file is not a JPEG, PNG or WebP image.");
    }

    @Test
    @WithUserDetails("editor")
    void theServiceChecksTheBytesAndTheSize() {
        assertThatThrownBy(() -> images.store("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("image.error.type");
        // a PNG's signature on bytes that are no picture
        byte[] truncated = java.util.Arrays.copyOf(TestImages.png(10, 10), 20);
        assertThatThrownBy(() -> images.store(truncated))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("image.error.type");
        assertThatThrownBy(() -> images.store(new byte[ImageService.MAX_BYTES + 1]))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("image.error.too-big");

        NewsEdit withMissingImage = news.edit(SLUG).orElseThrow();
        withMissingImage.setImageId(987_654L);
        assertThatThrownBy(() -> news.save(withMissingImage))
                .isInstanceOf(ContentEditException.class)
                .hasMessageContaining("image.error.gone");
    }

    @Test
    @WithUserDetails("partner")
    void partnersCannotUpload() {
        assertThatThrownBy(() -> images.store(TestImages.png(5, 5))).isInstanceOf(AccessDeniedException.class);
        assertThat(news.findBySlug(SLUG, readers.current(Locale.ENGLISH))
                        .orElseThrow()
                        .imageId())
                .isNull();
    }
}
