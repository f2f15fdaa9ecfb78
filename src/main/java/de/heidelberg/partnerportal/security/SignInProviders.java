package de.heidelberg.partnerportal.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.authentication.configuration.GlobalAuthenticationConfigurerAdapter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a username and password are checked, for the sign-in form and HTTP Basic alike: first as a local
 * account (bcrypt, in the database), then, when {@code portal.ldap.enabled}, against the city's directory.
 * Both are providers of Spring Security's global authentication manager, which every filter chain asks
 * (and which publishes the authentication events), so the chains in {@link SecurityConfig} stay as they are.
 */
@Configuration
class SignInProviders {

    /** Static and with lazy look-ups: made early by Spring Security, its beans are asked for only at first use. */
    @Bean
    static GlobalAuthenticationConfigurerAdapter portalSignInProviders(
            ObjectProvider<PortalUserDetailsService> accounts,
            ObjectProvider<PasswordEncoder> passwordEncoder,
            ObjectProvider<DirectoryAuthenticationProvider> directory) {
        return new GlobalAuthenticationConfigurerAdapter() {
            @Override
            public void init(AuthenticationManagerBuilder authentication) {
                PortalUserDetailsService users = accounts.getObject();
                // local accounts only: a directory account never signs in by a local password
                DaoAuthenticationProvider local = new DaoAuthenticationProvider(users::loadLocalUserByUsername);
                local.setPasswordEncoder(passwordEncoder.getObject());
                authentication.authenticationProvider(local);
                directory.ifAvailable(authentication::authenticationProvider);
            }
        };
    }
}
