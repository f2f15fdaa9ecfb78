package de.heidelberg.partnerportal.security;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;

/** Sign-in with the city's directory, when {@code portal.ldap.enabled}; see {@link DirectoryProperties}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("portal.ldap.enabled")
class DirectoryConfig {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfig.class);

    @Bean
    DirectoryAuthenticationProvider directoryAuthenticationProvider(
            DirectoryProperties properties, DirectoryAccounts accounts, ObjectProvider<DemoDirectory> demo) {
        DemoDirectory embedded = demo.getIfAvailable();
        List<String> problems = properties.problems(embedded != null);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Sign-in with the directory (portal.ldap.enabled=true) is not configured: "
                    + String.join("; ", problems));
        }
        List<String> urls =
                properties.urls().isEmpty() && embedded != null ? List.of(embedded.url()) : properties.urls();
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(urls, properties.base());
        if (properties.managerDn() != null && !properties.managerDn().isBlank()) {
            directory.setUserDn(properties.managerDn());
            directory.setPassword(properties.managerPassword());
        }
        // a new connection per sign-in: none goes stale while the directory restarts
        directory.setPooled(false);
        directory.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout",
                        Long.toString(properties.connectTimeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout",
                        Long.toString(properties.readTimeout().toMillis())));
        directory.afterPropertiesSet();

        BindAuthenticator authenticator = new BindAuthenticator(directory);
        String dnPattern = properties.userDnPattern();
        if (dnPattern != null && !dnPattern.isBlank()) {
            authenticator.setUserDnPatterns(new String[] {dnPattern});
        } else {
            FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch(
                    properties.userSearchBase(), properties.userSearchFilter(), directory);
            search.setSearchSubtree(true);
            authenticator.setUserSearch(search);
        }
        authenticator.afterPropertiesSet();

        DefaultLdapAuthoritiesPopulator groups =
                new DefaultLdapAuthoritiesPopulator(directory, properties.groupSearchBase());
        groups.setGroupSearchFilter(properties.groupSearchFilter());
        groups.setGroupRoleAttribute(properties.groupNameAttribute());
        groups.setSearchSubtree(true);
        groups.setIgnorePartialResultException(true);
        // the group names as the directory spells them, for the mapping to roles
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);

        log.info(
                "Sign-in with the directory at {} (base '{}'), groups to roles {}",
                urls,
                properties.base(),
                properties.groupRoles());
        return new DirectoryAuthenticationProvider(authenticator, groups, properties, accounts);
    }
}
