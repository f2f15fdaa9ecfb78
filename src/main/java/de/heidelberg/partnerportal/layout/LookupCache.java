package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers what Vaadin's {@link Lookup} found. Vaadin asks it on every request for services that never
 * change once the portal runs (the role prefix for each menu entry's access check, the development-mode
 * handler for every page's bootstrap), and Vaadin's Spring lookup answers each question with a
 * {@code ServiceLoader} walk over every jar on the class path as well; inside the packaged jar that
 * walk opens nested jars under a lock. Under load (the load test, README "Load") these walks were the
 * longest waits of all: up to 2 s per request with 60 users. Installed once the service is initialised,
 * when every bean and service exists; the answers are the same ones, kept.
 */
@Component
class LookupCache implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinContext context = event.getSource().getContext();
        Lookup lookup = context.getAttribute(Lookup.class);
        if (lookup != null && !(lookup instanceof Cached) && context instanceof VaadinServletContext servlet) {
            // Vaadin lets its context's lookup be set only once; it is kept as a servlet context attribute
            // under the class's name, where the wrapper (which gives the same answers) takes its place
            servlet.getContext().setAttribute(Lookup.class.getName(), new Cached(lookup));
        }
    }

    /** The same answers as the lookup it wraps, each found once. */
    static final class Cached implements Lookup {

        private final Lookup lookup;
        private final Map<Class<?>, Optional<Object>> single = new ConcurrentHashMap<>();
        private final Map<Class<?>, List<Object>> all = new ConcurrentHashMap<>();

        Cached(Lookup lookup) {
            this.lookup = lookup;
        }

        // looked up outside the maps' own locks: a service found may itself look up another one

        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable T lookup(Class<T> serviceClass) {
            Optional<Object> found = single.get(serviceClass);
            if (found == null) {
                found = Optional.ofNullable(lookup.lookup(serviceClass));
                single.putIfAbsent(serviceClass, found);
            }
            return (T) found.orElse(null);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            List<Object> found = all.get(serviceClass);
            if (found == null) {
                found = List.copyOf(lookup.lookupAll(serviceClass));
                all.putIfAbsent(serviceClass, found);
            }
            return (Collection<T>) found;
        }
    }
}
