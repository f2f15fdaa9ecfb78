package de.heidelberg.partnerportal.city.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.CompassPoint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The signpost of the partner-city overview ("Wegweiser"): a post with one arrow-shaped sign per
 * partner city, pointing right for a city to the east and left for one to the west, with its name,
 * distance and compass direction from the home city, nearest on top. Drawn as inline SVG made here (every
 * text escaped; colours from the stylesheet and presentation attributes, no inline style or script, so
 * the page's CSP allows it); for screen readers an image with a name and the same facts as a table.
 */
class Signpost extends Section {

    /** One sign: what it says and which way it points. */
    record Sign(String text, CompassPoint direction) {}

    static final int WIDTH = 640;
    static final int SIGN_HEIGHT = 36;
    static final int GAP = 12;
    private static final int TOP = 24;
    private static final int POST_X = WIDTH / 2;
    private static final int POST_WIDTH = 14;
    private static final int SIGN_LENGTH = 290;
    private static final int TIP = 22;

    Signpost(List<CitySummary> partners) {
        addClassName("signpost");
        List<CitySummary> nearestFirst = partners.stream()
                .sorted(Comparator.comparingLong(CitySummary::distanceKm))
                .toList();
        H2 heading = new H2(getTranslation("cities.signpost.title"));
        heading.setId("signpost-heading");
        getElement().setAttribute("aria-labelledby", "signpost-heading");
        List<Sign> signs = nearestFirst.stream()
                .map(city -> new Sign(
                        getTranslation(
                                "cities.signpost.sign",
                                city.name().text(),
                                city.distanceKm(),
                                getTranslation(city.direction().translationKey())),
                        city.direction()))
                .toList();
        Svg picture = new Svg(svg(signs, getTranslation("cities.signpost.label", signs.size())));
        picture.addClassName("signpost-picture");
        add(heading, picture, table(nearestFirst));
    }

    /** The facts of the picture for screen readers, in the reader's language. */
    private NativeTable table(List<CitySummary> cities) {
        NativeTable table = new NativeTable();
        table.addClassName("visually-hidden");
        table.setCaptionText(getTranslation("cities.signpost.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("cities.signpost.city"));
        head.addHeaderCell().setText(getTranslation("cities.distance.label"));
        head.addHeaderCell().setText(getTranslation("cities.signpost.direction"));
        for (CitySummary city : cities) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(city.name().text());
            row.addDataCell().setText(CityLabels.distance(this, city.distanceKm()));
            row.addDataCell().setText(getTranslation(city.direction().longTranslationKey()));
        }
        return table;
    }

    /** The picture: the post, a sign per city one below the other, the label as the image's name. */
    static String svg(List<Sign> signs, String label) {
        int height = TOP + signs.size() * (SIGN_HEIGHT + GAP) + 40;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"signpost-title\" class=\"signpost-svg\">")
                .append("<title id=\"signpost-title\">")
                .append(escape(label))
                .append("</title>")
                // the post with its cap and foot
                .append(rect("signpost-post", POST_X - POST_WIDTH / 2, 8, POST_WIDTH, height - 16, "#8a6a4a"))
                .append(rect("signpost-foot", POST_X - 40, height - 12, 80, 10, "#6b5238"));
        int y = TOP;
        for (Sign sign : signs) {
            svg.append(sign(sign, y));
            y += SIGN_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String sign(Sign sign, int y) {
        boolean right = sign.direction().pointsRight();
        int mid = y + SIGN_HEIGHT / 2;
        int start = right ? POST_X - POST_WIDTH : POST_X + POST_WIDTH;
        int end = right ? POST_X + SIGN_LENGTH : POST_X - SIGN_LENGTH;
        int tip = right ? end + TIP : end - TIP;
        String points = start + "," + y + " " + end + "," + y + " " + tip + "," + mid + " " + end + ","
                + (y + SIGN_HEIGHT) + " " + start + "," + (y + SIGN_HEIGHT);
        int textX = right ? POST_X + POST_WIDTH : POST_X - POST_WIDTH;
        return "<g class=\"signpost-sign signpost-" + (right ? "right" : "left") + "\" data-direction=\""
                + sign.direction().name() + "\">"
                + "<polygon points=\"" + points + "\" fill=\"#f4efe6\" stroke=\"#5a4632\" stroke-width=\"2\"/>"
                + "<text x=\"" + textX + "\" y=\"" + (mid + 5) + "\" text-anchor=\"" + (right ? "start" : "end")
                + "\" font-size=\"15\" fill=\"#2b2118\">" + escape(sign.text()) + "</text></g>";
    }

    private static String rect(String className, int x, int y, int width, int height, String fill) {
        return String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\"/>",
                className,
                x,
                y,
                width,
                height,
                fill);
    }

    /** Text for the SVG markup: the portal's escaping for HTML text and attributes (quotes too). */
    private static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
