package de.heidelberg.partnerportal.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Keeps the order editors and the seed gave linked items (e.g. contacts) when a form changes the selection. */
public final class LinkOrder {

    private LinkOrder() {}

    /** The chosen ids: those already linked in their order, then the newly chosen ones in the order given. */
    public static List<Long> keep(List<Long> current, Collection<Long> chosen) {
        List<Long> ordered =
                new ArrayList<>(current.stream().filter(chosen::contains).toList());
        chosen.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }
}
