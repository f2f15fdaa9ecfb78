package de.heidelberg.partnerportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The clean-up after sign-in looks at every other UI of the session, also one still opening its first page. */
class LoginPageCleanupTest {

    @Test
    void aUiThatHasNotOpenedItsFirstPageYetIsNoLoginPageAndNoError() {
        UI opening = new UI();
        // what the clean-up asked before: it threw, and the tab that had just signed in got an error page
        assertThatThrownBy(opening::getCurrentView).isInstanceOf(IllegalStateException.class);
        assertThat(LoginPageCleanup.showsLoginPage(opening)).isFalse();
    }
}
