package de.heidelberg.partnerportal.content;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How editor forms are written as JSON, for the history's versions and for comparing two forms.
 * Forms have derived getters (isNew, isBlank) that are no properties to read back.
 */
public final class FormJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FormJson() {}
}
