package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An upload of one file, kept in memory and at most so many bytes: the browser checks the size before it sends,
 * and the server reads no more than the limit allows, whatever a client sends (the upload's own in-memory
 * handler would read any amount). A file that is too big, of the wrong type or one too many gets the same
 * translated message.
 */
public final class BoundedUpload {

    private BoundedUpload() {}

    /**
     * Sets up {@code upload} of {@code owner}: its labels from {@code addKey} and {@code dropKey}, the accepted
     * types, the limit, {@code received} for a file within it and {@code refused} with the message otherwise.
     */
    public static Upload configure(
            Upload upload,
            Component owner,
            int maxBytes,
            String[] accepted,
            String addKey,
            String dropKey,
            String rejected,
            InMemoryUploadCallback received,
            Runnable refused) {
        upload.setUploadHandler(handler(maxBytes, rejected, received, refused));
        upload.setAcceptedFileTypes(accepted);
        upload.setMaxFileSize(maxBytes);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(event -> refused.run());
        String add = owner.getTranslation(addKey);
        String drop = owner.getTranslation(dropKey);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(rejected)
                        .setIncorrectFileType(rejected)
                        .setTooManyFiles(rejected)));
        return upload;
    }

    /**
     * Reads at most {@code maxBytes}; a longer body is refused with the message {@code rejected} (and left unread),
     * {@code received} gets the rest.
     */
    static UploadHandler handler(int maxBytes, String rejected, InMemoryUploadCallback received, Runnable refused) {
        return event -> {
            byte[] data;
            try (InputStream body = event.getInputStream()) {
                data = body.readNBytes(maxBytes + 1);
            }
            UI ui = event.getUI();
            if (data.length > maxBytes) {
                event.reject(rejected);
                ui.access(refused::run);
                return;
            }
            UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
            ui.access(() -> {
                try {
                    received.complete(metadata, data);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
        };
    }
}
