package de.heidelberg.partnerportal.layout;

import com.vaadin.flow.component.Component;

/** Something a feature puts into the header of every page (the search field), without the layout knowing it. */
public interface HeaderContribution {

    /** A new component for one layout instance. */
    Component create();
}
