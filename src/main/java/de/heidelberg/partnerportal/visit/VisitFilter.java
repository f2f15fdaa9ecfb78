package de.heidelberg.partnerportal.visit;

import org.jspecify.annotations.Nullable;

/** Which visits a list shows: by partner city, network, year, state and direction; null is any. */
public record VisitFilter(
        @Nullable Long cityId,
        @Nullable Long networkId,
        @Nullable Integer year,
        @Nullable VisitState state,
        @Nullable VisitDirection direction) {

    public static final VisitFilter ALL = new VisitFilter(null, null, null, null, null);

    boolean matches(Visit visit) {
        return (cityId == null || cityId.equals(visit.getCityId()))
                && (networkId == null || networkId.equals(visit.getNetworkId()))
                && (year == null
                        || (visit.getStartDate().getYear() <= year
                                && visit.getEndDate().getYear() >= year))
                && (state == null || state == visit.getState())
                && (direction == null || direction == visit.getDirection());
    }
}
