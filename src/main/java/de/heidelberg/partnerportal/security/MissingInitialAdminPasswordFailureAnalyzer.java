package de.heidelberg.partnerportal.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing initial administrator password into a clear start-up message. */
class MissingInitialAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingInitialAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingInitialAdminPasswordException cause) {
        String description = cause.brokenRule() == null
                ? "The portal runs without demo accounts (profile 'prod' or portal.demo=false), the database"
                        + " has no administrator yet, and no initial administrator password was given."
                : "The initial administrator password is not acceptable: it must have at least "
                        + PasswordPolicy.MIN_LENGTH + " characters and must not be a common password.";
        String action = "Set the environment variable PORTAL_INITIAL_ADMIN_PASSWORD to a password of at least "
                + PasswordPolicy.MIN_LENGTH + " characters and start again. The administrator 'admin' is"
                + " created with it once; afterwards the variable is no longer needed.";
        return new FailureAnalysis(description, action, cause);
    }
}
