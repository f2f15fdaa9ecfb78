package de.heidelberg.partnerportal.ui.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.i18n.LocalizedFormats;
import de.heidelberg.partnerportal.presence.EditMarks;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "… is also editing this item since …": marks the item as being edited by this user while the
 * editor is open (renewed with the browser's polling), shows the other editors' marks, and releases
 * the mark when the editor leaves the item.
 */
public class PresenceIndicator extends Div {

    private static final Logger log = LoggerFactory.getLogger(PresenceIndicator.class);

    private final EditMarks marks;
    private final ContentType section;
    private @Nullable String slug;
    private @Nullable Registration renewing;

    public PresenceIndicator(EditMarks marks, ContentType section) {
        this.marks = marks;
        this.section = section;
        addClassName("edit-marks");
        setVisible(false);
    }

    /** Marks the item with this slug as being edited by the user (no item: a new one, nobody to tell). */
    public void watch(@Nullable String itemSlug) {
        release();
        slug = itemSlug;
        show(slug == null ? List.of() : marks.mark(section, slug));
    }

    /** Shows who else is editing the item; hidden when the editor is alone. */
    void show(List<EditMarks.Mark> others) {
        removeAll();
        others.forEach(mark -> add(new Paragraph(
                getTranslation("edit.marks.other", mark.username(), LocalizedFormats.dateTime(mark.since(), this)))));
        setVisible(!others.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval((int) EditMarks.RENEW_EVERY.toMillis());
        renewing = event.getUI().addPollListener(poll -> {
            if (slug != null) {
                show(marks.mark(section, slug));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (renewing != null) {
            renewing.remove();
        }
        release();
        super.onDetach(event);
    }

    /** Leaves the item: others no longer read that this user is editing it. */
    public void release() {
        if (slug == null) {
            return;
        }
        try {
            marks.release(section, slug);
        } catch (RuntimeException noLongerSignedIn) {
            // e.g. the session ended: the mark expires on its own
            log.debug("Edit mark of {} {} left to expire: {}", section, slug, noLongerSignedIn.getMessage());
        }
        slug = null;
    }
}
