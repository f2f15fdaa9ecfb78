package de.heidelberg.partnerportal.mail;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators read it: every mail, newest first. ADMIN only. */
@Service
public class MailOutbox {

    static final String ADMIN_ONLY = "hasRole('" + de.heidelberg.partnerportal.security.Role.Names.ADMIN + "')";

    private final OutboxMailRepository mails;
    private final EntityManager entityManager;
    private final OutboxMailer mailer;

    MailOutbox(OutboxMailRepository mails, EntityManager entityManager, OutboxMailer mailer) {
        this.mails = mails;
        this.entityManager = entityManager;
        this.mailer = mailer;
    }

    /** A slice of the outbox, newest first, as the view scrolls. */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<OutboxEntry> newestFirst(int offset, int limit) {
        return entityManager
                .createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxMail::entry)
                .toList();
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional(readOnly = true)
    public long count() {
        return mails.count();
    }

    /** Whether mails are sent (else, in demo mode, only kept here). */
    public boolean sends() {
        return mailer.sends();
    }
}
