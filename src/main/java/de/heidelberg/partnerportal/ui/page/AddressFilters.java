package de.heidelberg.partnerportal.ui.page;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import de.heidelberg.partnerportal.content.ContentLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list page's filters, kept in the address ({@code /visits?city=montpellier&year=2021}) so that a filtered
 * list can be bookmarked, sent and gone back to: a choice per filter with an empty entry "all …"; a change
 * navigates to the page's address with the new parameters, and the page reads them back when it is entered
 * ({@link #read}). A parameter names an item as {@code inAddress} writes it; one that names no item (an old
 * bookmark, a typo) leaves its filter at "all".
 */
public final class AddressFilters {

    private final Component page;
    private final Class<? extends Component> target;
    private final HorizontalLayout layout = new HorizontalLayout();
    private final List<Filter<?>> filters = new ArrayList<>();
    private Consumer<Select<?>> beforeNavigating = changed -> {};
    private boolean quiet;

    private record Filter<T>(String parameter, Select<T> select, List<T> items, Function<T, String> inAddress) {

        void read(QueryParameters query) {
            select.setValue(query.getSingleParameter(parameter)
                    .flatMap(value -> items.stream()
                            .filter(item -> inAddress.apply(item).equals(value))
                            .findFirst())
                    .orElse(null));
        }

        Optional<String> written() {
            return Optional.ofNullable(select.getValue()).map(inAddress);
        }
    }

    /** Filters of {@code page}, whose changes lead to the address of the route {@code target}. */
    public AddressFilters(Component page, Class<? extends Component> target) {
        this.page = page;
        this.target = target;
        layout.addClassName("filters");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
    }

    /**
     * Adds a choice among {@code items}, named by {@code label}, with the empty entry named by {@code allKey}
     * (none when null: a value is always chosen), kept in the address as {@code parameter=inAddress(item)}.
     */
    public <T> Select<T> add(
            String parameter,
            String labelKey,
            @Nullable String allKey,
            List<T> items,
            Function<T, String> label,
            Function<T, String> inAddress) {
        Select<T> select = new Select<>();
        select.setLabel(page.getTranslation(labelKey));
        if (allKey != null) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(page.getTranslation(allKey));
        }
        select.setItems(items);
        select.setItemLabelGenerator(
                item -> item == null ? allKey == null ? "" : page.getTranslation(allKey) : label.apply(item));
        select.addValueChangeListener(change -> changed(select));
        filters.add(new Filter<>(parameter, select, items, inAddress));
        layout.add(select);
        return select;
    }

    /** A choice among pages of the portal (partner cities, networks), kept in the address by their slugs. */
    public Select<ContentLink> links(
            String parameter, String labelKey, @Nullable String allKey, List<ContentLink> links) {
        return add(parameter, labelKey, allKey, links, link -> link.title().text(), ContentLink::slug);
    }

    /** A choice among years, the latest first as given. */
    public Select<Integer> years(String parameter, String labelKey, @Nullable String allKey, List<Integer> years) {
        return add(parameter, labelKey, allKey, years, String::valueOf, String::valueOf);
    }

    /**
     * A choice among the constants of {@code type}, each named by the translation {@code prefix + name()}, kept
     * in the address by name.
     */
    public <E extends Enum<E>> Select<E> constants(
            String parameter, String labelKey, String allKey, Class<E> type, String prefix) {
        return add(
                parameter,
                labelKey,
                allKey,
                Arrays.asList(type.getEnumConstants()),
                value -> page.getTranslation(prefix + value.name()),
                Enum::name);
    }

    /** Runs before a change leads to the new address: a page may adjust other filters there, quietly. */
    public void beforeNavigating(Consumer<Select<?>> adjust) {
        this.beforeNavigating = adjust;
    }

    /** Sets every filter from the address, without navigating again. */
    public void read(QueryParameters query) {
        quietly(() -> filters.forEach(filter -> filter.read(query)));
    }

    /** Changes filters without navigating: from the address, or one filter following another. */
    public void quietly(Runnable change) {
        boolean wasQuiet = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = wasQuiet;
        }
    }

    /** The chosen filters as address parameters, in the order they were added. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        filters.forEach(filter -> filter.written().ifPresent(value -> parameters.put(filter.parameter(), value)));
        return parameters;
    }

    /** The choices side by side, wrapping on a narrow screen. */
    public HorizontalLayout layout() {
        return layout;
    }

    private void changed(Select<?> select) {
        if (quiet) {
            return;
        }
        quietly(() -> beforeNavigating.accept(select));
        page.getUI().ifPresent(ui -> ui.navigate(target, QueryParameters.simple(parameters())));
    }
}
