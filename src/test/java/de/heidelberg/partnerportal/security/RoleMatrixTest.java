package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.security.RoleMatrix.CITY_DOCUMENT;
import static de.heidelberg.partnerportal.security.RoleMatrix.DRAFT_IMAGE;
import static de.heidelberg.partnerportal.security.RoleMatrix.DRAFT_NEWS;
import static de.heidelberg.partnerportal.security.RoleMatrix.PUBLISHED_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import de.heidelberg.partnerportal.HttpBrowser;
import de.heidelberg.partnerportal.PartnerPortalApplication;
import de.heidelberg.partnerportal.TestImages;
import de.heidelberg.partnerportal.city.CityDocumentTestData;
import de.heidelberg.partnerportal.city.PartnershipRecordService;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.TranslationWork;
import de.heidelberg.partnerportal.content.TrashCan;
import de.heidelberg.partnerportal.home.StartView;
import de.heidelberg.partnerportal.image.ImageService;
import de.heidelberg.partnerportal.image.ImageUse;
import de.heidelberg.partnerportal.layout.AccessDeniedView;
import de.heidelberg.partnerportal.layout.NotFoundView;
import de.heidelberg.partnerportal.layout.ServiceAccessDeniedView;
import de.heidelberg.partnerportal.news.NewsWithImage;
import de.heidelberg.partnerportal.security.RoleMatrix.MethodAccess;
import de.heidelberg.partnerportal.security.RoleMatrix.Outcome;
import de.heidelberg.partnerportal.security.RoleMatrix.Page;
import de.heidelberg.partnerportal.security.RoleMatrix.Resource;
import de.heidelberg.partnerportal.security.RoleMatrix.Who;
import de.heidelberg.partnerportal.security.ui.LoginView;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.target.EmptyTargetSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The role matrix ({@link RoleMatrix}): every route of Vaadin's route registry, every HTTP endpoint of
 * the portal's controllers and the actuator, and every public method of every service, for anonymous
 * callers and each demo account, against the expected outcome. Routes, endpoints and services are read
 * from the running portal, so a new one without a line in {@link RoleMatrix} fails with the line to add.
 *
 * <p>Pages open browserless in a UI of each user's own (and over real HTTP: the first response's status
 * and the redirect to sign in); HTTP resources are fetched from the server on its port, signed in through
 * the login form; service methods are called through each bean's own interceptors (method security,
 * transactions) with the method's body replaced by a marker, so that every call, allowed or not, changes
 * nothing.
 */
@SpringBootTest(classes = PartnerPortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleMatrixTest extends SpringBrowserlessTest {

    private static final String BASE_PACKAGE = "de.heidelberg.partnerportal";
    /** The content core's interfaces that hand content to other features: their beans count as services. */
    private static final List<Class<?>> CONTENT_SPIS =
            List.of(ContentCatalog.class, TrashCan.class, TranslationWork.class, ImageUse.class);

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    ImageService images;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PartnershipRecordService partnershipRecords;

    private long document;

    /** The fixtures' values for the placeholders in addresses. */
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    @BeforeEach
    void aPublishedItemAndADraftWithImages() {
        long published = asEditor(() -> images.store(TestImages.png(6, 6)));
        long draft = asEditor(() -> images.store(TestImages.png(7, 7)));
        NewsWithImage.save(context, "matrix-mit-bild", "Matrix mit Bild", published, NewsWithImage.State.PUBLISHED);
        NewsWithImage.save(context, DRAFT_NEWS, "Matrix-Entwurf", draft, NewsWithImage.State.DRAFT);
        placeholders.put(PUBLISHED_IMAGE, String.valueOf(published));
        placeholders.put(DRAFT_IMAGE, String.valueOf(draft));
        document = asEditor(() -> partnershipRecords.upload(
                "montpellier", "matrix.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        placeholders.put(CITY_DOCUMENT, String.valueOf(document));
    }

    @AfterEach
    void removeThem() {
        NewsWithImage.remove(context, "matrix-mit-bild");
        NewsWithImage.remove(context, DRAFT_NEWS);
        CityDocumentTestData.delete(context, document);
        securityContexts.clearContext();
    }

    // ---------------------------------------------------------------------------------------------
    // pages
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyPageOpensForWhomTheMatrixSaysAndNobodyElse() throws Exception {
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(context.getServletContext()));
        List<String> failures = new ArrayList<>();

        Map<String, Class<?>> targets = new LinkedHashMap<>();
        for (Page page : RoleMatrix.PAGES) {
            Optional<Class<? extends Component>> target = registry.getNavigationTarget(page.path());
            if (target.isEmpty()) {
                failures.add("PAGES has page(\"" + page.path() + "\", …), but no route of the router opens /"
                        + page.path() + ": remove the line, or fix its address");
            } else {
                targets.put(page.path(), target.get());
            }
        }
        for (RouteData route : registry.getRegisteredRoutes()) {
            Pattern template = pattern(route.getTemplate());
            boolean covered = RoleMatrix.PAGES.stream()
                    .anyMatch(page -> route.getNavigationTarget().equals(targets.get(page.path()))
                            && template.matcher(page.path()).matches());
            if (!covered) {
                failures.add("The route /" + route.getTemplate() + " ("
                        + route.getNavigationTarget().getSimpleName()
                        + ", " + accessAnnotation(route.getNavigationTarget())
                        + ") has no line in RoleMatrix.PAGES: add "
                        + "page(\"" + route.getTemplate().replace(":___url_parameter", "SOME-SLUG")
                        + "\", <who sees it>)");
            }
        }

        for (Who who : Who.values()) {
            signInToTheUi(who);
            for (Page page : RoleMatrix.PAGES) {
                Class<?> target = targets.get(page.path());
                if (target == null) {
                    continue;
                }
                Outcome expected = page.expected(who);
                String seen = openPage(page.path(), target);
                if (!seen.equals(expected.name())) {
                    failures.add("/" + page.path() + " for " + who + ": expected " + expected + ", was " + seen);
                }
            }
            // leaves any open editor, which releases its "being edited" mark as this user
            UI.getCurrent().navigate("");
        }

        for (Who who : Who.values()) {
            HttpBrowser browser = browserOf(who);
            for (Page page : RoleMatrix.PAGES) {
                if (!targets.containsKey(page.path())) {
                    continue;
                }
                Outcome expected = page.expected(who);
                // the first response knows the route's annotations, not what the view will find: only a page
                // that shows, and the way to sign in, have a status of their own
                int status = switch (expected) {
                    case SHOWN, START_PAGE -> 200;
                    case SIGN_IN -> 302;
                    default -> 0;
                };
                if (status != 0) {
                    String failure = checkHttp(browser, "/" + page.path(), status);
                    if (failure != null) {
                        failures.add("/" + page.path() + " over HTTP for " + who + ": " + failure);
                    }
                }
            }
        }
        report("pages", failures);
    }

    /** The addresses a route template takes: a parameter stands for one segment, a wildcard for the rest. */
    private static Pattern pattern(String template) {
        return Pattern.compile(Arrays.stream(template.split("/", -1))
                .map(segment -> !segment.startsWith(":")
                        ? Pattern.quote(segment)
                        : segment.endsWith("*") ? ".*" : segment.endsWith("?") ? "[^/]*" : "[^/]+")
                .collect(Collectors.joining("/")));
    }

    /** Fails with every difference from the matrix, one a line. */
    private static void report(String part, List<String> failures) {
        if (!failures.isEmpty()) {
            fail("The role matrix (" + part + ") differs from RoleMatrix in " + failures.size() + " places:\n"
                    + String.join("\n", failures));
        }
    }

    /** Opens the page in the UI; what it showed, as an outcome's name or the view's class. */
    private String openPage(String path, Class<?> target) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException failed) {
            return "an exception: " + failed;
        }
        Class<?> shown = ClassUtils.getUserClass(getCurrentView().getClass());
        if (target.isAssignableFrom(shown)) {
            String title = UI.getCurrent().getInternals().getTitle();
            return title == null || title.isBlank() ? "shown without a title" : Outcome.SHOWN.name();
        }
        if (shown == LoginView.class) {
            return Outcome.SIGN_IN.name();
        }
        if (shown == AccessDeniedView.class || shown == ServiceAccessDeniedView.class) {
            return Outcome.DENIED.name();
        }
        if (shown == NotFoundView.class) {
            return Outcome.NOT_FOUND.name();
        }
        if (shown == StartView.class) {
            return Outcome.START_PAGE.name();
        }
        return shown.getSimpleName();
    }

    /** A fresh browserless UI for this user, as after signing in. */
    private void signInToTheUi(Who who) {
        cleanVaadinEnvironment();
        SecurityContext signedIn = securityContexts.createEmptyContext();
        signedIn.setAuthentication(authentication(who));
        securityContexts.setContext(signedIn);
        initVaadinEnvironment();
    }

    /** The view's access annotation as written, e.g. {@code @RolesAllowed({"ADMIN"})}. */
    private static String accessAnnotation(Class<?> view) {
        return Stream.of(view.getAnnotations())
                .filter(annotation -> Set.of("RolesAllowed", "PermitAll", "AnonymousAllowed", "DenyAll")
                        .contains(annotation.annotationType().getSimpleName()))
                .map(annotation -> annotation.toString().replaceAll("@[\\w.]+\\.(\\w+)", "@$1"))
                .findFirst()
                .orElse("no access annotation");
    }

    // ---------------------------------------------------------------------------------------------
    // HTTP resources
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyHttpResourceAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> paths = RoleMatrix.RESOURCES.stream()
                .map(resource -> withoutQuery(resolved(resource.path())))
                .toList();

        RequestMappingHandlerMapping mvc =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        mvc.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (!handler.getBeanType().getName().startsWith(BASE_PACKAGE)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                if (paths.stream().noneMatch(path -> parsed.matches(PathContainer.parsePath(path)))) {
                    failures.add("The HTTP endpoint " + info.getMethodsCondition() + " " + pattern + " ("
                            + handler.getBeanType().getSimpleName() + "#"
                            + handler.getMethod().getName()
                            + ") has no line in RoleMatrix.RESOURCES: add api(\"" + pattern
                            + "\", <who may fetch it>) with a real example address");
                }
            }
        });
        PathMappedEndpoints actuator = context.getBean(PathMappedEndpoints.class);
        Set<String> actuatorPaths = new LinkedHashSet<>(actuator.getAllPaths());
        actuatorPaths.add(actuator.getBasePath());
        for (String path : actuatorPaths) {
            if (!paths.contains(path)) {
                failures.add("The actuator endpoint " + path
                        + " has no line in RoleMatrix.RESOURCES: add signInFirst(\"" + path
                        + "\", <who may fetch it>) or open(\"" + path + "\")");
            }
        }

        for (Who who : Who.values()) {
            HttpBrowser browser = browserOf(who);
            for (Resource resource : RoleMatrix.RESOURCES) {
                String failure = checkHttp(browser, resolved(resource.path()), resource.expected(who));
                if (failure != null) {
                    failures.add(resource.path() + " for " + who + ": " + failure);
                }
            }
        }
        report("HTTP resources", failures);
    }

    /** Null when the answer has this status (302: a redirect to /login), else what was wrong. */
    private static @Nullable String checkHttp(HttpBrowser browser, String path, int expected) throws Exception {
        HttpResponse<String> response = browser.get(path);
        if (response.statusCode() != expected) {
            return "expected HTTP " + expected + ", was " + response.statusCode();
        }
        if (expected == 302) {
            String location = response.headers().firstValue("Location").orElse("");
            if (!location.endsWith("/login")) {
                return "expected a redirect to /login, was one to " + location;
            }
        }
        return null;
    }

    private String resolved(String path) {
        String resolved = path;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return resolved;
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** A browser signed in through the login form as this demo account; anonymous, not signed in. */
    private HttpBrowser browserOf(Who who) throws Exception {
        HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
        String account = who.account();
        if (account != null) {
            assertThat(browser.signIn(account, account)).as(who + " signs in").doesNotContain("error");
        }
        return browser;
    }

    // ---------------------------------------------------------------------------------------------
    // service methods
    // ---------------------------------------------------------------------------------------------

    @Test
    void everyServiceMethodAdmitsWhomTheMatrixSaysAndNobodyElse() {
        Map<String, MethodAccess> expected = RoleMatrix.METHODS.stream()
                .collect(Collectors.toMap(MethodAccess::method, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two lines for " + a.method() + " in RoleMatrix.METHODS");
                }));
        Set<String> used = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        Map<Who, Authentication> callers = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            callers.put(who, authentication(who));
        }

        for (Map.Entry<String, Object> service : services().entrySet()) {
            Object bean = service.getValue();
            Class<?> type = AopUtils.getTargetClass(bean);
            Object probe = probe(bean, type);
            for (Method method : publicMethods(type)) {
                String key = key(method);
                String where = type.getSimpleName() + "#" + signature(method)
                        + (method.getDeclaringClass() == type ? "" : " (declared in " + key + ")");
                MethodAccess access = expected.get(key);
                if (access != null) {
                    used.add(key);
                }
                if (Modifier.isFinal(method.getModifiers())) {
                    failures.add(where + " is final: no proxy can check its caller; make it not final");
                    continue;
                }
                if (access == null) {
                    Set<Who> allowedNow = EnumSet.noneOf(Who.class);
                    callers.forEach((who, caller) -> {
                        if (call(probe, method, caller).equals("allowed")) {
                            allowedNow.add(who);
                        }
                    });
                    failures.add("The service method " + where + " (" + checkOf(method) + ", allowed now for "
                            + allowedNow + ") has no line in RoleMatrix.METHODS: add method(\"" + key
                            + "\", <who may call it>) or internal(\"" + key + "\", \"<why no caller is checked>\")");
                    continue;
                }
                if (access.internalBecause() != null) {
                    continue;
                }
                for (Map.Entry<Who, Authentication> caller : callers.entrySet()) {
                    String outcome = call(probe, method, caller.getValue());
                    String wanted = access.allowed().contains(caller.getKey()) ? "allowed" : "refused";
                    if (!outcome.equals(wanted)) {
                        failures.add(where + " for " + caller.getKey() + ": expected " + wanted + ", was " + outcome);
                    }
                }
            }
        }
        expected.keySet().stream()
                .filter(key -> !used.contains(key))
                .forEach(key -> failures.add("RoleMatrix.METHODS has a line for " + key
                        + ", but no service has this public method any more: remove the line, or fix it"));
        report("service methods", failures);
    }

    /** The portal's services by bean name: @Service beans, and beans that hand content to other features. */
    private Map<String, Object> services() {
        Map<String, Object> services = new TreeMap<>();
        for (String name : context.getBeanNamesForAnnotation(Service.class)) {
            services.put(name, context.getBean(name));
        }
        for (Class<?> spi : CONTENT_SPIS) {
            services.putAll(context.getBeansOfType(spi));
        }
        services.values()
                .removeIf(bean -> !AopUtils.getTargetClass(bean).getName().startsWith(BASE_PACKAGE));
        return services;
    }

    /** Public instance methods the portal's own types declare (not Object's), without compiler bridges. */
    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !method.isBridge() && !method.isSynthetic())
                .filter(method -> method.getDeclaringClass().getName().startsWith(BASE_PACKAGE))
                .sorted((a, b) -> signature(a).compareTo(signature(b)))
                .toList();
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + signature(method);
    }

    private static String signature(Method method) {
        return method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String checkOf(Method method) {
        PreAuthorize check = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        return check == null ? "no @PreAuthorize" : "@PreAuthorize(\"" + check.value() + "\")";
    }

    /** Thrown where the method's body would run: the caller got past every check. */
    private static final class BodyReached extends RuntimeException {
        BodyReached() {
            super(null, null, false, false);
        }
    }

    /**
     * A proxy with the bean's own advisors (method security, transactions, in their order) whose method
     * bodies are never run: the innermost interceptor throws {@link BodyReached} instead.
     */
    private static Object probe(Object bean, Class<?> type) {
        ProxyFactory factory = new ProxyFactory();
        factory.setProxyTargetClass(true);
        factory.setTargetSource(EmptyTargetSource.forClass(type));
        if (bean instanceof Advised advised) {
            factory.addAdvisors(advised.getAdvisors());
        }
        factory.addAdvice((MethodInterceptor) invocation -> {
            throw new BodyReached();
        });
        return factory.getProxy(type.getClassLoader());
    }

    /**
     * "allowed", "refused" or what else happened, calling the method as this caller with empty arguments,
     * in a transaction that is rolled back (a method may require one, e.g. an event listener of a save).
     */
    private String call(Object probe, Method method, Authentication caller) {
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(caller);
        securityContexts.setContext(context);
        try {
            return transactions.execute(status -> {
                status.setRollbackOnly();
                return invoke(probe, method);
            });
        } finally {
            securityContexts.clearContext();
        }
    }

    private static String invoke(Object probe, Method method) {
        try {
            method.setAccessible(true);
            method.invoke(probe, emptyArguments(method));
            return "called without passing through the interceptors";
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof BodyReached) {
                return "allowed";
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return "refused";
            }
            return "failed with " + cause;
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static @Nullable Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> type.isPrimitive() ? defaultOf(type) : null)
                .toArray();
    }

    private static Object defaultOf(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == char.class) {
            return '\0';
        }
        return switch (primitive.getName()) {
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }

    // ---------------------------------------------------------------------------------------------

    /** The demo account as Spring Security signs it in, with all its authorities; anonymous as the filter makes it. */
    private Authentication authentication(Who who) {
        String account = who.account();
        if (account == null) {
            return new AnonymousAuthenticationToken(
                    "role-matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        UserDetails user = accounts.loadUserByUsername(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private <T> T asEditor(java.util.function.Supplier<T> work) {
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication(Who.EDITOR));
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.clearContext();
        }
    }
}
