package de.heidelberg.partnerportal.content;

import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.validation.Validator;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What every section's editing service needs besides its repository, handed over in one piece: the
 * languages, the steps a change ends with, the clock and the application's Bean Validation.
 */
@Component
public record EditingSupport(SupportedLanguages languages, ContentChanges changes, Clock clock, Validator validator) {}
