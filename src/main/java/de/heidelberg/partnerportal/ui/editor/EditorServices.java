package de.heidelberg.partnerportal.ui.editor;

import de.heidelberg.partnerportal.content.ContentLinks;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.history.ContentHistory;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.presence.EditMarks;
import org.springframework.stereotype.Component;

/** What every editor page needs besides its section's service, handed over in one piece. */
@Component
public record EditorServices(
        SupportedLanguages languages, EditMarks marks, ContentHistory history, ContentLinks links, Readers readers) {}
