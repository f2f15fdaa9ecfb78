package de.heidelberg.partnerportal.security.ui;

/** Form bean: a new password typed twice. */
class PasswordForm {

    private String password = "";
    private String confirmation = "";

    String getPassword() {
        return password;
    }

    void setPassword(String password) {
        this.password = password;
    }

    String getConfirmation() {
        return confirmation;
    }

    void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
