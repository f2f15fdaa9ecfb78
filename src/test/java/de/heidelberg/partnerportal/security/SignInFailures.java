package de.heidelberg.partnerportal.security;

/** Wrong passwords as the authentication events report them, for tests outside this package (the views). */
public final class SignInFailures {

    private SignInFailures() {}

    /** Reports this many wrong passwords for the username from the address. */
    public static void fail(SignInThrottle throttle, String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    /** Whether a sign-in as the username from the address would be refused before its password is checked. */
    public static boolean refused(SignInThrottle throttle, String username, String address) {
        return throttle.refusal(username, address).isPresent();
    }
}
