package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.i18n.TranslatedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The city's role in a network for a period ("2006"–"2023", or since "2023-10"). */
@Entity
@Table(name = "network_role")
class NetworkRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "period_from", nullable = false, length = 7)
    private String from;

    @Column(name = "period_to", length = 7)
    private @Nullable String to;

    @OneToOne(cascade = CascadeType.ALL, fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_id")
    private TranslatedText role;

    protected NetworkRole() {}

    NetworkRole(String from, @Nullable String to, TranslatedText role) {
        this.from = from;
        this.to = to;
        this.role = role;
    }

    /** Takes over an editor's change; the form has been checked. */
    void apply(NetworkRoleEdit edit, String sourceLanguage) {
        this.from = edit.from().strip();
        this.to = edit.to().isBlank() ? null : edit.to().strip();
        role.edit(sourceLanguage, edit.role());
    }

    String getFrom() {
        return from;
    }

    @Nullable
    String getTo() {
        return to;
    }

    TranslatedText getRole() {
        return role;
    }
}
