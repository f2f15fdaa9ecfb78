package de.heidelberg.partnerportal.security;

import org.jspecify.annotations.Nullable;

/** The portal runs without demo accounts, has no administrator, and was given no usable password. */
class MissingInitialAdminPasswordException extends RuntimeException {

    /** The password rule the given password broke, or null when none was given. */
    private final @Nullable String brokenRule;

    MissingInitialAdminPasswordException(@Nullable String brokenRule) {
        super(
                brokenRule == null
                        ? "No initial administrator password given"
                        : "The initial administrator password breaks the rule " + brokenRule);
        this.brokenRule = brokenRule;
    }

    @Nullable
    String brokenRule() {
        return brokenRule;
    }
}
