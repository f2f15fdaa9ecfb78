package de.heidelberg.partnerportal.security;

import java.util.List;

/**
 * What the security audit trail records. Each action names the details it carries, in the order its
 * translation ({@code security-audit.detail.<ACTION>}) uses them as {@code {0}}, {@code {1}}, ….
 */
public enum SecurityAction {
    /** A username was locked after too many wrong passwords. */
    ACCOUNT_LOCKED(SecurityAudit.UNTIL, SecurityAudit.FAILURES, SecurityAudit.LOCK_NUMBER),
    /** A client address was locked after wrong passwords for too many usernames or too often. */
    ADDRESS_LOCKED(SecurityAudit.UNTIL, SecurityAudit.FAILURES, SecurityAudit.ACCOUNTS, SecurityAudit.LOCK_NUMBER),
    /** An administrator ended a username's lock. */
    ACCOUNT_UNLOCKED(SecurityAudit.UNTIL),
    /** An administrator ended an address's lock. */
    ADDRESS_UNLOCKED(SecurityAudit.UNTIL),
    /** An administrator downloaded or made a backup of everything (password hashes included). */
    BACKUP_EXPORTED(SecurityAudit.ROWS),
    /**
     * A device came back with a "stay signed in" token that had been replaced (a copied cookie, or the device
     * is the one copied from): every device of the account was signed out.
     */
    STAY_SIGNED_IN_ENDED;

    private final List<String> details;

    SecurityAction(String... details) {
        this.details = List.of(details);
    }

    /** The names of its details, in the order of the translation's parameters. */
    public List<String> details() {
        return details;
    }

    /** The translation key of its name. */
    public String labelKey() {
        return "security-audit.action." + name();
    }

    /** The translation key of its details' sentence. */
    public String detailKey() {
        return "security-audit.detail." + name();
    }
}
