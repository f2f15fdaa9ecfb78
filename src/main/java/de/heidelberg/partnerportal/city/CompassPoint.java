package de.heidelberg.partnerportal.city;

/** The sixteen points of the compass, clockwise from north; translated as {@code compass.<name>} and {@code compass.<name>.long}. */
public enum CompassPoint {
    N,
    NNE,
    NE,
    ENE,
    E,
    ESE,
    SE,
    SSE,
    S,
    SSW,
    SW,
    WSW,
    W,
    WNW,
    NW,
    NNW;

    private static final double SECTOR = 360.0 / 16;

    /** The point a bearing (degrees clockwise from north) is nearest to. */
    public static CompassPoint of(double bearing) {
        double normalized = ((bearing % 360) + 360) % 360;
        return values()[(int) Math.round(normalized / SECTOR) % 16];
    }

    /** Whether a sign pointing this way points right (the eastern half, north included) on a signpost. */
    public boolean pointsRight() {
        return ordinal() < S.ordinal();
    }

    public String translationKey() {
        return "compass." + name();
    }

    public String longTranslationKey() {
        return "compass." + name() + ".long";
    }
}
