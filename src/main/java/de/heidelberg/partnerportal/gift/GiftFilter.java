package de.heidelberg.partnerportal.gift;

import org.jspecify.annotations.Nullable;

/** Which gifts a list shows: by partner city, direction and year; null is any. */
public record GiftFilter(
        @Nullable Long cityId,
        @Nullable GiftDirection direction,
        @Nullable Integer year) {

    public static final GiftFilter ALL = new GiftFilter(null, null, null);

    boolean matches(Gift gift) {
        return (cityId == null || cityId.equals(gift.getCityId()))
                && (direction == null || direction == gift.getDirection())
                && (year == null || year == gift.getGivenOn().getYear());
    }
}
