package de.heidelberg.partnerportal.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A directory that a test starts: the people and groups of {@code ldap/test-directory.ldif} in memory, on a
 * free port of 127.0.0.1 that it keeps while it is stopped and started again (the directory unreachable).
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=heidelberg,dc=de";

    private final int port;
    private final InMemoryDirectoryServer server;

    TestDirectory() {
        try {
            port = freePort();
            server = DemoDirectory.start(BASE, new ClassPathResource("ldap/test-directory.ldif"), port);
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("The test directory did not start", e);
        }
    }

    /** The portal's settings for this directory, with the groups of the README's example. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("portal.ldap.enabled", () -> "true");
        registry.add("portal.ldap.url", () -> "ldap://127.0.0.1:" + port);
        registry.add("portal.ldap.base", () -> BASE);
        registry.add("portal.ldap.user-search-base", () -> "ou=people");
        registry.add("portal.ldap.group-search-base", () -> "ou=groups");
        registry.add("portal.ldap.group-roles.portal-editors", () -> "EDITOR");
        registry.add("portal.ldap.group-roles.portal-staff", () -> "STAFF");
        registry.add("portal.ldap.group-roles[Portal-Admins]", () -> "ADMIN");
        registry.add("portal.ldap.connect-timeout", () -> "2s");
    }

    void addToGroup(String uid, String group) {
        modify(group, ModificationType.ADD, uid);
    }

    void removeFromGroup(String uid, String group) {
        modify(group, ModificationType.DELETE, uid);
    }

    /** Stops answering: connections are refused until {@link #start()}. */
    void stop() {
        server.shutDown(true);
    }

    void start() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory did not start again", e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private void modify(String group, ModificationType type, String uid) {
        try {
            server.modify(
                    "cn=" + group + ",ou=groups," + BASE,
                    new Modification(type, "member", "uid=" + uid + ",ou=people," + BASE));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
