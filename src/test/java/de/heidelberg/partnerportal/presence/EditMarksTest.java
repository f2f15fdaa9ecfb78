package de.heidelberg.partnerportal.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.heidelberg.partnerportal.PortalTest;
import de.heidelberg.partnerportal.content.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** "Being edited by … since …": seen by the other editors, gone when released or expired. */
@PortalTest
class EditMarksTest {

    @Autowired
    EditMarks marks;

    @Autowired
    EditMarkRepository repository;

    @AfterEach
    void cleanUp() {
        repository.deleteAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherEditorSeesWhoHasTheItemOpenUntilItIsReleased() {
        signIn("admin", "ROLE_ADMIN", "ROLE_EDITOR", "ROLE_STAFF");
        assertThat(marks.mark(ContentType.NEWS, "some-item")).isEmpty();

        signIn("editor", "ROLE_EDITOR", "ROLE_STAFF");
        assertThat(marks.mark(ContentType.NEWS, "some-item"))
                .extracting(EditMarks.Mark::username)
                .containsExactly("admin");
        assertThat(marks.mark(ContentType.NEWS, "another-item")).isEmpty();
        assertThat(marks.mark(ContentType.PARTNER_CITY, "some-item")).isEmpty();

        signIn("admin", "ROLE_ADMIN", "ROLE_EDITOR", "ROLE_STAFF");
        assertThat(marks.mark(ContentType.NEWS, "some-item"))
                .extracting(EditMarks.Mark::username)
                .containsExactly("editor");
        marks.release(ContentType.NEWS, "some-item");

        signIn("editor", "ROLE_EDITOR", "ROLE_STAFF");
        assertThat(marks.mark(ContentType.NEWS, "some-item")).isEmpty();
    }

    @Test
    void aMarkThatIsNotRenewedExpiresOnItsOwn() {
        Instant past = Instant.now().minus(10, ChronoUnit.MINUTES);
        repository.save(new EditMark(
                new EditMark.Key(ContentType.NEWS, "some-item", "admin"), past, past.plus(EditMarks.LIFETIME)));

        signIn("editor", "ROLE_EDITOR", "ROLE_STAFF");
        assertThat(marks.mark(ContentType.NEWS, "some-item")).isEmpty();
        assertThat(repository.findAll())
                .extracting(mark -> mark.getKey().username())
                .containsExactly("editor");
    }

    @Test
    void staffCannotMarkNorSeeMarks() {
        signIn("staff", "ROLE_STAFF");
        assertThatThrownBy(() -> marks.mark(ContentType.NEWS, "some-item")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> marks.release(ContentType.NEWS, "some-item"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(String username, String... authorities) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
