package de.heidelberg.partnerportal.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A view that tells the header where it sits below the start page. */
public interface HasBreadcrumbs {

    /** One step of the trail; the last one (the current page) has no path. */
    record Breadcrumb(String label, @Nullable String path) {}

    /** The trail after the start page, ending with the current page. */
    List<Breadcrumb> breadcrumbs();
}
