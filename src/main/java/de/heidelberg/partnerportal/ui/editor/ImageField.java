package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.image.ImageService;
import org.jspecify.annotations.Nullable;

/**
 * An item's image in its editor: the image there is, a button to take it away, and an upload for a new
 * one (JPEG, PNG or WebP up to 5 MB, checked again on the server from the bytes). The field's value is
 * the stored image's id; a refused file keeps the image there was and says why.
 */
public class ImageField extends CustomField<Long> {

    private final Image preview = new Image();
    private final Button remove;
    private final Paragraph error = new Paragraph();
    private final Upload upload = new Upload();
    private @Nullable Long imageId;

    public ImageField(String label, ImageService images) {
        setLabel(label);
        addClassName("image-field");
        preview.addClassName("image-preview");
        error.addClassName("image-error");
        error.getElement().setAttribute("role", "alert");
        String rejected = getTranslation("image.error.rejected", ImageService.MAX_BYTES / (1024 * 1024));
        BoundedUpload.configure(
                upload,
                this,
                ImageService.MAX_BYTES,
                ImageService.ACCEPTED,
                "image.upload",
                "image.drop",
                rejected,
                (metadata, data) -> {
                    try {
                        imageId = images.store(data);
                        error.setVisible(false);
                        show();
                        updateValue();
                    } catch (ContentEditException refused) {
                        showError(getTranslation(refused.messageKey(), refused.arguments(this::getTranslation)));
                    }
                    upload.clearFileList();
                },
                () -> showError(rejected));
        upload.addClassName("image-upload");
        remove = new Button(getTranslation("image.remove"), VaadinIcon.TRASH.create(), click -> {
            imageId = null;
            show();
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("remove-image");
        Div current = new Div(preview, remove);
        current.addClassName("image-current");
        add(current, error, upload);
        error.setVisible(false);
        show();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void show() {
        preview.setVisible(imageId != null);
        remove.setVisible(imageId != null && !isReadOnly());
        if (imageId != null) {
            preview.setSrc(ImageService.url(imageId));
            preview.setAlt(getTranslation("image.preview"));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        upload.setVisible(!readOnly);
        show();
    }

    @Override
    protected @Nullable Long generateModelValue() {
        return imageId;
    }

    @Override
    protected void setPresentationValue(@Nullable Long value) {
        imageId = value;
        error.setVisible(false);
        show();
    }
}
