package de.heidelberg.partnerportal.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer. A Content-Security-Policy as strict as Vaadin Flow 25.2 allows, one
 * reason per source:
 *
 * <ul>
 *   <li>{@code default-src 'self'}: nothing is loaded from elsewhere (the portal has no CDN, fonts, maps or
 *       analytics from other hosts).
 *   <li>{@code script-src 'self' 'nonce-…' 'unsafe-eval'} on pages (see {@link PageContentSecurityPolicy}):
 *       the bundle is served by the portal itself; the bootstrap page starts Flow's client engine with inline
 *       scripts, which carry a fresh nonce per page (so no {@code 'unsafe-inline'} for scripts: an injected
 *       {@code <script>} or {@code onclick} does not run); {@code 'unsafe-eval'} because Flow's client builds
 *       functions from the expressions the server sends (event data, {@code executeJs}) — Vaadin documents this
 *       as required until Flow 25.4. Everything else (API, feeds, files) gets {@code script-src 'self'}.
 *   <li>{@code style-src 'self' 'unsafe-inline'}: the web components and Flow add {@code <style>} elements and
 *       style attributes at run time, which cannot carry a nonce. Styles cannot run code.
 *   <li>{@code img-src 'self' data: blob:}: news images come from the portal; the web components draw some
 *       icons from {@code data:} URLs; {@code blob:} for the preview of an image being uploaded.
 *   <li>{@code font-src 'self' data:}: Lumo's icon font is inlined as a {@code data:} URL.
 *   <li>{@code connect-src 'self'}: UIDL requests, heartbeats and uploads go to the portal only.
 *   <li>{@code object-src 'none'}, {@code base-uri 'self'}, {@code form-action 'self'} (the sign-in form posts
 *       to the portal), {@code frame-ancestors 'none'} (no framing: click-jacking; also X-Frame-Options DENY).
 * </ul>
 *
 * Plus {@code Referrer-Policy: same-origin} (intranet addresses never leak to partner cities' sites through a
 * link), a {@code Permissions-Policy} that switches off the device features the portal never uses, and
 * Spring Security's defaults (nosniff, no caching of signed-in pages, HSTS on requests that arrived over TLS —
 * also behind a proxy, see {@code server.forward-headers-strategy} in application.properties).
 */
final class SecurityHeaders {

    /** The directives every page shares; pages add their script nonce and {@code 'unsafe-eval'}. */
    static final String COMMON = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** For every answer that is not a page: no inline script at all. */
    static final String DEFAULT_POLICY = COMMON + "; script-src 'self'";

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(),"
            + " publickey-credentials-get=(), usb=(), xr-spatial-tracking=()";

    private SecurityHeaders() {}

    /** The page policy with the page's script nonce. */
    static String pagePolicy(String nonce) {
        return COMMON + "; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'";
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DEFAULT_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny())
                // written before the request is handled: Spring MVC forwards pages to Vaadin's servlet, and a
                // forwarded response is completed without the hook that writes them afterwards (pages had none)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
