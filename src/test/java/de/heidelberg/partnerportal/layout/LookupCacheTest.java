package de.heidelberg.partnerportal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import de.heidelberg.partnerportal.PortalTest;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Vaadin's lookup, asked on every request, finds each service once and keeps the answer. */
@PortalTest
class LookupCacheTest extends SpringBrowserlessTest {

    @Test
    void eachServiceIsLookedUpOnceAndAnAbsentOneStaysAbsent() {
        AtomicInteger asked = new AtomicInteger();
        Lookup counting = new Lookup() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T lookup(Class<T> serviceClass) {
                asked.incrementAndGet();
                return serviceClass == String.class ? (T) "found" : null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> Collection<T> lookupAll(Class<T> serviceClass) {
                asked.incrementAndGet();
                return (Collection<T>) List.of("a", "b");
            }
        };
        Lookup cached = new LookupCache.Cached(counting);
        for (int i = 0; i < 3; i++) {
            assertThat(cached.lookup(String.class)).isEqualTo("found");
            assertThat(cached.lookup(Integer.class)).isNull();
            assertThat(cached.lookupAll(String.class)).containsExactly("a", "b");
        }
        assertThat(asked).hasValue(3);
    }

    @Test
    @WithUserDetails("partner")
    void theRunningPortalUsesTheCache() {
        navigate("partner-cities", com.vaadin.flow.component.Component.class);
        assertThat(VaadinService.getCurrent().getContext().getAttribute(Lookup.class))
                .isInstanceOf(LookupCache.Cached.class);
    }
}
