package de.heidelberg.partnerportal.security.ui;

import de.heidelberg.partnerportal.security.NewApiToken;
import de.heidelberg.partnerportal.security.Role;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Form bean for a new API token: name, role and how long it works. */
class NewTokenForm {

    /** How long a new token works: a number of days from today, or until a chosen day. */
    enum Expiry {
        DAYS_30(30),
        DAYS_90(90),
        DAYS_365(365),
        CHOSEN_DATE(0);

        final int days;

        Expiry(int days) {
            this.days = days;
        }
    }

    private String name = "";
    // the fewest rights by default: an administrator chooses city staff's rights on purpose
    private Role role = Role.PARTNER;
    private Expiry expiry = Expiry.DAYS_90;
    private @Nullable LocalDate chosenDate;

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    Expiry getExpiry() {
        return expiry;
    }

    void setExpiry(Expiry expiry) {
        this.expiry = expiry;
    }

    @Nullable
    LocalDate getChosenDate() {
        return chosenDate;
    }

    void setChosenDate(@Nullable LocalDate chosenDate) {
        this.chosenDate = chosenDate;
    }

    /** The request, the day it stops working counted from {@code today}. */
    NewApiToken toRequest(LocalDate today) {
        LocalDate expiresOn = expiry == Expiry.CHOSEN_DATE ? chosenDate : today.plusDays(expiry.days);
        return new NewApiToken(name, role, expiresOn);
    }
}
