package de.heidelberg.partnerportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Moves the focus with the keyboard alone and checks after every move that the focused element shows it
 * (WCAG 2.4.7): it is on the screen, it has a focus indicator (an outline, a shadow, or Vaadin's focus ring,
 * which a component draws while it carries the {@code focus-ring} attribute), and it looks different from
 * how it looks once the focus has moved on.
 */
final class KeyboardFocus {

    private static final int MAX_STOPS = 150;

    /** The element that has the focus, inside the shadow roots of web components. */
    private static final String FOCUSED = """
            () => {
              let element = document.activeElement;
              while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                element = element.shadowRoot.activeElement;
              }
              return element === document.body ? null : element;
            }
            """;

    /** The element and its ancestors, through shadow roots to their hosts. */
    private static final String ANCESTORS = """
            const ancestors = element => {
              const all = [];
              for (let node = element; node; ) {
                all.push(node);
                const root = node.getRootNode();
                node = node.parentElement || (root instanceof ShadowRoot ? root.host : null);
              }
              return all;
            };
            """;

    /** What of the element's look can show the focus. */
    private static final String LOOK = "element => {" + ANCESTORS + """
              const style = getComputedStyle(element);
              return {
                // the Vaadin component the element belongs to (not an outer one, e.g. the date-time picker
                // around a date picker, whose ring stays on while the focus moves between its parts)
                ring: !!ancestors(element).find(node => node.localName.startsWith('vaadin-'))
                    ?.hasAttribute('focus-ring'),
                outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
                    ? '' : style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
                shadow: style.boxShadow === 'none' ? '' : style.boxShadow,
                rest: [style.backgroundColor, style.color, style.textDecorationLine, style.borderColor].join(' ')
              };
            }
            """;

    private static final String ON_SCREEN = """
            element => {
              const box = element.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                  && box.top < innerHeight && box.left < innerWidth;
            }
            """;

    private static final String DESCRIBE = """
            element => element.localName
                + (element.id ? '#' + element.id : '')
                + (element.className && typeof element.className === 'string'
                    ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                + (element.getAttribute('aria-label') ? ' [' + element.getAttribute('aria-label') + ']' : '')
                + ' "' + (element.innerText || element.value || '').trim().slice(0, 40) + '"'
            """;

    private static final String MATCHES = "([element, selector]) => {" + ANCESTORS + """
              return ancestors(element).some(node => node.matches && node.matches(selector));
            }
            """;

    private final Page page;
    private final List<String> visited = new ArrayList<>();
    private @Nullable JSHandle previous;
    private @Nullable Object previousLook;
    private String previousName = "";
    private int stops;

    KeyboardFocus(Page page) {
        this.page = page;
    }

    void tab() {
        press("Tab");
    }

    /** Tabs forward until the focus is on (or in) the element the selector finds. */
    void tabTo(String what, String selector) {
        moveTo(what, selector, "Tab");
    }

    /** Tabs backward until the focus is on (or in) the element the selector finds. */
    void shiftTabTo(String what, String selector) {
        moveTo(what, selector, "Shift+Tab");
    }

    void expectFocusOn(String what, String selector) {
        assertThat(focusedMatches(selector))
                .as("the focus is on %s, after %s", what, visited)
                .isTrue();
    }

    /** The focus went to the page's content (after the skip link, or a page opened), within a few seconds. */
    void expectFocusInContent() {
        forgetPrevious();
        for (int i = 0; i < 100 && !focusedMatches("#main-content"); i++) {
            page.waitForTimeout(100);
        }
        expectFocusOn("the page's content", "#main-content");
    }

    int stops() {
        return stops;
    }

    private void moveTo(String what, String selector, String key) {
        visited.clear();
        if (focusedMatches(selector)) {
            return; // there already (e.g. a field the page focuses when it opens)
        }
        for (int i = 0; i < MAX_STOPS; i++) {
            press(key);
            if (focusedMatches(selector)) {
                return;
            }
        }
        throw new AssertionError("No focus on " + what + " (" + selector + ") after " + MAX_STOPS + " presses of " + key
                + ": " + visited);
    }

    private void press(String key) {
        page.keyboard().press(key);
        JSHandle focused = page.evaluateHandle(FOCUSED);
        assertThat(focused.asElement())
                .as("an element has the focus after %s, after %s", key, visited)
                .isNotNull();
        String name = String.valueOf(focused.evaluate(DESCRIBE));
        visited.add(name);
        stops++;
        Object look = focused.evaluate(LOOK);
        assertThat(focused.evaluate(ON_SCREEN)).as("%s is on the screen", name).isEqualTo(true);
        assertThat(hasIndicator(look))
                .as("%s shows the focus (outline, shadow or Vaadin's focus ring): %s", name, look)
                .isTrue();
        Object unfocused = previousLookNow();
        if (unfocused != null) {
            assertThat(unfocused)
                    .as("%s looks different with the focus than without", previousName)
                    .isNotEqualTo(previousLook);
        }
        forgetPrevious();
        previous = focused;
        previousLook = look;
        previousName = name;
    }

    /** How the element that had the focus before looks now; null when it is gone (another page shown). */
    private @Nullable Object previousLookNow() {
        if (previous == null) {
            return null;
        }
        try {
            return Boolean.TRUE.equals(previous.evaluate("element => element.isConnected"))
                    ? previous.evaluate(LOOK)
                    : null;
        } catch (PlaywrightException pageLoadedAnew) {
            return null;
        }
    }

    private static boolean hasIndicator(Object look) {
        Map<?, ?> parts = (Map<?, ?>) look;
        return Boolean.TRUE.equals(parts.get("ring"))
                || !"".equals(parts.get("outline"))
                || !"".equals(parts.get("shadow"));
    }

    private boolean focusedMatches(String selector) {
        JSHandle focused = page.evaluateHandle(FOCUSED);
        try {
            return focused.asElement() != null
                    && Boolean.TRUE.equals(page.evaluate(MATCHES, List.of(focused, selector)));
        } finally {
            focused.dispose();
        }
    }

    private void forgetPrevious() {
        if (previous != null) {
            try {
                previous.dispose();
            } catch (PlaywrightException pageLoadedAnew) {
                // nothing left to release
            }
            previous = null;
            previousLook = null;
        }
    }
}
