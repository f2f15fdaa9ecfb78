package de.heidelberg.partnerportal.security;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Stay signed in": one token per device in the database (table {@code persistent_logins}), so that it
 * works on every node, and a stolen token is noticed (its series is used twice) and ended.
 */
@Configuration
class RememberMeTokens {

    @Bean
    PersistentTokenRepository rememberMeTokenRepository(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }
}
