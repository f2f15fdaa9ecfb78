package de.heidelberg.partnerportal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The server's own limit for an upload kept in memory: a client that skips the browser's check (or lies about the
 * size) gets its file refused after the limit's worth of bytes, not after reading all it sends.
 */
@ViewPackages(packages = "de.heidelberg.partnerportal.ui.editor") // no views: only a UI to hold the upload
class BoundedUploadTest extends BrowserlessTest {

    private static final int LIMIT = 1000;
    private static final String REJECTED = "Die Datei ist zu groß.";

    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final UploadHandler handler =
            BoundedUpload.handler(LIMIT, REJECTED, (metadata, data) -> received.set(data), refused::incrementAndGet);

    @Test
    void aFileWithinTheLimitIsReceivedWhole() throws IOException {
        UploadEvent event = upload(new ByteArrayInputStream(new byte[LIMIT]));
        handler.handleUploadRequest(event);
        runAccessTasks();

        assertThat(event.isRejected()).isFalse();
        assertThat(received.get()).hasSize(LIMIT);
        assertThat(refused).hasValue(0);
    }

    @Test
    void aLargerBodyIsRefusedAfterTheLimitWithoutBeingReadToItsEnd() throws IOException {
        CountingBody body = new CountingBody(100 * LIMIT);
        UploadEvent event = upload(body);
        handler.handleUploadRequest(event);
        runAccessTasks();

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).as("in the editor's language").isEqualTo(REJECTED);
        assertThat(received.get()).isNull();
        assertThat(refused).as("the editor is told").hasValue(1);
        assertThat(body.read).isLessThanOrEqualTo(LIMIT + 1);
    }

    private UploadEvent upload(InputStream body) throws IOException {
        Upload upload = new Upload();
        UI.getCurrent().add(upload);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        // a raw upload, as the browser's component sends it; the size it claims is not trusted
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                VaadinSession.getCurrent(),
                "vertrag.pdf",
                10,
                "application/pdf",
                upload.getElement(),
                null);
    }

    private static void runAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** A body of so many bytes that counts what was read of it. */
    private static final class CountingBody extends InputStream {

        private final int size;
        private int read;

        CountingBody(int size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }
    }
}
