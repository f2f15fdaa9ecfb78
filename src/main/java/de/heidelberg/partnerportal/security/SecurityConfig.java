package de.heidelberg.partnerportal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import de.heidelberg.partnerportal.security.ui.LoginView;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything needs sign-in except the login page, static assets and the health status. Views
 * declare their access with annotations; services check it again with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Files for city staff on their browser session: the activity report as PDF and spreadsheet. */
    static final String STAFF_FILES = "/reports/*";

    /** The name under which the API asks for credentials (HTTP Basic and Bearer). */
    static final String REALM = "Partnerportal";

    /**
     * Files and feeds for other programs ({@code /api/**}, {@code /feeds/**}, and for administrators the backup's
     * {@code /admin/backup/export} and {@code /admin/backup/import}): an API token
     * ({@code Authorization: Bearer …}, checked on every request, no session), or the same users as the
     * pages, by the browser's session or by HTTP Basic; without credentials 401, not a login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            UserService users,
            ApiTokenService tokens,
            SignInThrottle throttle,
            I18n i18n,
            SupportedLanguages languages,
            JsonMapper json)
            throws Exception {
        ApiErrors errors = new ApiErrors(i18n, languages, json);
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        http.securityMatcher("/api/**", "/feeds/**", "/admin/backup/export", "/admin/backup/import")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/admin/backup/**")
                        .hasRole(Role.Names.ADMIN)
                        // the office's calendar: city staff only (a STAFF or ADMIN token, never a PARTNER one)
                        .requestMatchers(ApiTokenFilter.QUERY_TOKEN_PATH)
                        .hasRole(Role.Names.STAFF)
                        .anyRequest()
                        .hasAnyRole(Role.Names.STAFF, Role.Names.PARTNER))
                // a program sends its credentials with every request (Basic or a token), which another site cannot
                // make a browser do; the browser's session keeps the CSRF check
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge))
                // no page to return to after signing in: a refused request is not kept in a new session
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .addFilterBefore(new ApiTokenFilter(tokens, SECURITY_CONTEXTS, errors), BasicAuthenticationFilter.class)
                // a locked username or address answers 429 before the password is checked
                .addFilterBefore(SignInThrottleFilter.forBasic(throttle, errors), BasicAuthenticationFilter.class)
                .addFilterBefore(new SessionRevocationFilter(users), AnonymousAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserService users,
            StaySignedIn staySignedIn,
            RequestUtil vaadinRequests,
            SignInThrottle throttle)
            throws Exception {
        // CSRF tokens on every state-changing request, the sign-in form included (Vaadin leaves the login
        // address out; a forged sign-in would put a victim into the attacker's account). Vaadin's own requests
        // (UIDL, heartbeat, upload) carry Vaadin's per-UI security key instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new ExpiredSignInForm());
                        return filter;
                    }
                }));
        SecurityHeaders.apply(http);
        // "stay signed in", ticked at sign-in (off by default): a later request without a session, e.g. on
        // another node after this one died, signs in again from the token
        http.rememberMe(remember -> remember.rememberMeServices(staySignedIn).key(staySignedIn.getKey()));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/favicon.ico")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // the error page for answers such as the API's 401, which must not turn into a login redirect
                .requestMatchers("/error")
                .permitAll()
                // the activity report's files (package report): city staff only, checked again by its service
                .requestMatchers(STAFF_FILES)
                .hasRole(Role.Names.STAFF));
        http.addFilterBefore(new SessionRevocationFilter(users), AnonymousAuthenticationFilter.class);
        // a locked username or address goes back to the sign-in page before the password is checked
        http.addFilterBefore(SignInThrottleFilter.forForm(throttle), UsernamePasswordAuthenticationFilter.class);
        // any other signed-in request reaches Vaadin, which answers unknown addresses with its 404 page
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Vaadin's session-aware holder of the signed-in user, as one instance for the JVM. Vaadin would
     * create one per application context and make the newest the global one; where several contexts
     * live in one JVM (the test suite), code of an older context would then look for the user in the
     * wrong place.
     */
    private static final SecurityContextHolderStrategy SECURITY_CONTEXTS =
            new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SECURITY_CONTEXTS;
    }

    /**
     * SameSite=Lax for every cookie of the portal, not only the session's ({@code server.servlet.session.cookie
     * .same-site}): "stay signed in" is a sign-in too.
     */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    /**
     * "Stay signed in" (off by default at sign-in): the token's lifetime since the device's last use. The key
     * only ties a sign-in from the cookie to this node's own check of it, so each node draws its own.
     */
    @Bean
    StaySignedIn staySignedIn(
            UserDetailsService accounts,
            RememberMeTokens tokens,
            Clock clock,
            SecurityAudit audit,
            @Value("${portal.remember-me-lifetime:14d}") Duration lifetime) {
        StaySignedIn staySignedIn = new StaySignedIn(UUID.randomUUID().toString(), accounts, tokens, clock, audit);
        staySignedIn.setParameter(LoginView.STAY_SIGNED_IN);
        staySignedIn.setCookieName("portal-remember-me");
        staySignedIn.setTokenValiditySeconds((int) lifetime.toSeconds());
        return staySignedIn;
    }

    /** bcrypt for new hashes; the delegating encoder lets a later algorithm take over without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
