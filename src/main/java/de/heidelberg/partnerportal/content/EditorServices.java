package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import org.springframework.stereotype.Component;

/** What every editor page needs besides its section's service, handed over in one piece. */
@Component
public record EditorServices(SupportedLanguages languages, EditMarks marks, ContentHistory history, ContentLinks links,
        Readers readers) {}
