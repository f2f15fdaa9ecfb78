package de.heidelberg.partnerportal.city;

/** Great-circle distances, as on the signpost with the distances to the partner cities. */
final class Distances {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Distances() {}

    static long kilometres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double phi1 = Math.toRadians(fromLatitude);
        double phi2 = Math.toRadians(toLatitude);
        double deltaPhi = Math.toRadians(toLatitude - fromLatitude);
        double deltaLambda = Math.toRadians(toLongitude - fromLongitude);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return Math.round(2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }

    /** The initial great-circle bearing from the first point to the second: degrees clockwise from north, 0 to 360. */
    static double bearing(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double phi1 = Math.toRadians(fromLatitude);
        double phi2 = Math.toRadians(toLatitude);
        double deltaLambda = Math.toRadians(toLongitude - fromLongitude);
        double y = Math.sin(deltaLambda) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLambda);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
