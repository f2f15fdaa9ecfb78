package de.heidelberg.partnerportal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.layout.HeaderContribution;
import de.heidelberg.partnerportal.search.SearchHit;
import de.heidelberg.partnerportal.search.SearchService;
import de.heidelberg.partnerportal.security.Role;
import java.util.Map;

/**
 * The search field in every page's header: titles are suggested while one types, choosing one opens
 * its page, Enter opens the search page for what was typed.
 */
@org.springframework.stereotype.Component
class HeaderSearch implements HeaderContribution {

    static final int SUGGESTIONS = 8;

    private final SearchService search;
    private final Readers readers;
    private final AuthenticationContext authentication;

    HeaderSearch(SearchService search, Readers readers, AuthenticationContext authentication) {
        this.search = search;
        this.readers = readers;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        ComboBox<SearchHit> field = new ComboBox<>();
        field.addClassName("header-search");
        field.setPlaceholder(field.getTranslation("search.placeholder"));
        field.setAriaLabel(field.getTranslation("search.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setAllowCustomValue(true);
        field.setItemLabelGenerator(SearchHit::title);
        field.setVisible(authentication.hasAnyRole(Role.Names.STAFF, Role.Names.PARTNER));
        field.setItems(
                query -> search
                        .suggest(
                                query.getFilter().orElse(""),
                                readers.current(UI.getCurrent().getLocale()),
                                SUGGESTIONS)
                        .stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        field.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                field.getUI().ifPresent(ui -> ui.navigate(chosen.getValue().url()));
                field.clear();
            }
        });
        field.addCustomValueSetListener(typed -> {
            field.getUI()
                    .ifPresent(ui ->
                            ui.navigate(SearchView.class, QueryParameters.simple(Map.of("q", typed.getDetail()))));
            field.clear();
        });
        return field;
    }
}
