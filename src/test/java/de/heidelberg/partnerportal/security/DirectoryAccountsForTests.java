package de.heidelberg.partnerportal.security;

import java.util.Set;
import org.springframework.context.ApplicationContext;

/** Accounts as a sign-in with the city's directory makes them, for tests of other packages without a directory. */
public final class DirectoryAccountsForTests {

    private DirectoryAccountsForTests() {}

    /** The account of a directory person who has just signed in with these roles (made or brought up to date). */
    public static void signedIn(ApplicationContext context, String username, String displayName, Set<Role> roles) {
        context.getBean(DirectoryAccounts.class)
                .signIn(new DirectoryPerson(username, displayName, username + "@heidelberg.example", roles));
    }

    /** The account of a directory person whom the directory no longer gives a portal role. */
    public static void withdrawn(ApplicationContext context, String username) {
        context.getBean(DirectoryAccounts.class).withdraw(username);
    }
}
