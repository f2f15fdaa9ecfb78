package de.heidelberg.partnerportal.content;

import org.springframework.stereotype.Component;

/** What every editor page needs besides its section's service, handed over in one piece. */
@Component
public record EditorServices(EditMarks marks, ContentHistory history) {}
