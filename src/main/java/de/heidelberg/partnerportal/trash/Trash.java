package de.heidelberg.partnerportal.trash;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.content.TrashCan;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The one trash of all content: what editors deleted, most recent first, each restorable. */
@Service
public class Trash {

    private final List<TrashCan> cans;

    public Trash(List<TrashCan> cans) {
        this.cans = cans;
    }

    @PreAuthorize(ContentAccess.EDITORS)
    public List<TrashCan.TrashedItem> items(Reader reader) {
        return cans.stream()
                .flatMap(can -> can.trashed(reader).stream())
                .sorted(Comparator.comparing(TrashCan.TrashedItem::deletedAt).reversed())
                .toList();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    public void restore(ContentType type, long id) {
        cans.stream()
                .filter(can -> can.type() == type)
                .findFirst()
                .orElseThrow(() -> new ContentEditException("edit.error.gone"))
                .restore(id);
    }
}
