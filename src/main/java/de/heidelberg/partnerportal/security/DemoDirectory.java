package de.heidelberg.partnerportal.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The directory of the {@code ldap-demo} profile, for trying out sign-in with the city's directory: an
 * UnboundID directory in memory with the people of {@code ldap/demo-directory.ldif}, listening on a free port
 * of the loopback interface only, for as long as the portal runs.
 */
@Component
@Profile(DemoDirectory.PROFILE)
public class DemoDirectory implements DisposableBean {

    /** The profile that starts it. */
    public static final String PROFILE = "ldap-demo";

    static final String BASE = "dc=heidelberg,dc=de";
    static final String LDIF = "ldap/demo-directory.ldif";
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final InMemoryDirectoryServer server;

    DemoDirectory() throws LDAPException, IOException {
        server = start(BASE, new ClassPathResource(LDIF), 0);
        log.info(
                "Demo directory ({} profile) at {}: amueller/amueller (editor), bschmidt/bschmidt (staff)",
                PROFILE,
                url());
    }

    /** A directory in memory holding the entries of an LDIF file, on this port of 127.0.0.1 (0: a free one). */
    static InMemoryDirectoryServer start(String base, Resource ldif, int port) throws LDAPException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(base);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        try (InputStream entries = ldif.getInputStream();
                LDIFReader reader = new LDIFReader(entries)) {
            server.importFromLDIF(true, reader);
        }
        server.startListening();
        return server;
    }

    /** Its address, e.g. {@code ldap://127.0.0.1:40321}. */
    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    @Override
    public void destroy() {
        server.shutDown(true);
    }
}
