package de.heidelberg.partnerportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswords() {
        assertThat(policy.violation("Kurz-2025!", "anna")).contains("password.too-short");
        assertThat(policy.violation(null, "anna")).contains("password.too-short");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Passwort2025!!",
                "123456789012",
                "qwertzuiop12",
                "Heidelberg2026",
                "aaaaaaaaaaaaaa",
                "ababababababab",
                "p@ssw0rd12345",
                "anna.seitz-2025"
            })
    void refusesCommonPasswords(String password) {
        assertThat(policy.violation(password, "anna.seitz")).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Neckarbrücke im Nebel", "tulpe-Zebra-Akku-47", "Montpellier und Bautzen 1961"})
    void acceptsLongUncommonPasswords(String password) {
        assertThat(policy.violation(password, "anna.seitz")).isEmpty();
    }
}
