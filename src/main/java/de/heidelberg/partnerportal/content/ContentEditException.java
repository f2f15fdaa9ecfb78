package de.heidelberg.partnerportal.content;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A change an editor asked for that cannot be made as it is. The message key (in translations/) tells
 * the editor why, in their language, naming the field by its own key where one field is at fault;
 * nothing has been saved.
 */
public class ContentEditException extends RuntimeException {

    private final String messageKey;
    private final @Nullable FieldKey fieldKey;
    private final transient Object[] arguments;

    public ContentEditException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    private ContentEditException(String messageKey, @Nullable FieldKey fieldKey, Object... arguments) {
        super(messageKey + (fieldKey == null ? "" : " (" + fieldKey + ")"));
        this.messageKey = messageKey;
        this.fieldKey = fieldKey;
        this.arguments = arguments.clone();
    }

    /** A refusal about one field: the message's first placeholder is the field's name. */
    public static ContentEditException forField(String messageKey, FieldKey fieldKey, Object... arguments) {
        return new ContentEditException(messageKey, fieldKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, the field's name first (translated with {@code translate}) if there is one. */
    public Object[] arguments(UnaryOperator<String> translate) {
        if (fieldKey == null) {
            return arguments.clone();
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = fieldKey.name(translate);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
