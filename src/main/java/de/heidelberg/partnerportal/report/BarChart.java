package de.heidelberg.partnerportal.report;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A grouped bar chart drawn by the portal as an SVG string (no chart component, no script): one group of bars per
 * label, one bar per series, with its number above it. Every text is escaped. The picture is {@code role="img"}
 * with a {@code <title>} and a {@code <desc>} for screen readers; pages show the same numbers in a table beside it.
 */
public final class BarChart {

    /** A series of values, one per label, with the colour its bars are filled with. */
    public record Series(String name, int[] values, String colour) {}

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 44;
    private static final int BOTTOM = 36;

    private BarChart() {}

    /**
     * The chart as an {@code <svg>} element.
     *
     * @param id unique on the page, for the title's and description's ids
     * @param number how the numbers are written (in the reader's language)
     */
    public static String svg(
            String id,
            String title,
            String description,
            List<String> labels,
            List<Series> series,
            IntFunction<String> number) {
        int max = series.stream()
                .flatMapToInt(one -> java.util.Arrays.stream(one.values()))
                .max()
                .orElse(0);
        int step = step(max);
        int top = Math.max(step, (max + step - 1) / step * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = plotWidth / Math.max(1, labels.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\" font-size=\"12\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        legend(svg, series);
        for (int tick = 0; tick <= top; tick += step) {
            double y = TOP + plotHeight - plotHeight * tick / top;
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, tick == 0 ? "#6b7280" : "#d1d5db"));
            svg.append(text(LEFT - 6, y + 4, "end", number.apply(tick)));
        }
        for (int group = 0; group < labels.size(); group++) {
            double groupLeft = LEFT + group * groupWidth + groupWidth * 0.1;
            for (int one = 0; one < series.size(); one++) {
                Series bars = series.get(one);
                int value = group < bars.values().length ? bars.values()[group] : 0;
                double height = plotHeight * value / top;
                double x = groupLeft + one * barWidth;
                double y = TOP + plotHeight - height;
                svg.append("<rect x=\"")
                        .append(format(x))
                        .append("\" y=\"")
                        .append(format(y))
                        .append("\" width=\"")
                        .append(format(Math.max(1, barWidth - 1)))
                        .append("\" height=\"")
                        .append(format(height))
                        .append("\" fill=\"")
                        .append(escape(bars.colour()))
                        .append("\"><title>")
                        .append(escape(labels.get(group) + " – " + bars.name() + ": " + number.apply(value)))
                        .append("</title></rect>");
                if (value > 0) {
                    svg.append(text(x + barWidth / 2, y - 3, "middle", number.apply(value)));
                }
            }
            svg.append(text(
                    LEFT + group * groupWidth + groupWidth / 2, HEIGHT - BOTTOM + 16, "middle", labels.get(group)));
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        double x = LEFT;
        for (Series one : series) {
            svg.append("<rect x=\"")
                    .append(format(x))
                    .append("\" y=\"12\" width=\"12\" height=\"12\" fill=\"")
                    .append(escape(one.colour()))
                    .append("\"/>");
            svg.append(text(x + 18, 22, "start", one.name()));
            x += 36 + 7.5 * one.name().length();
        }
    }

    /** 1, 2 or 5 times a power of ten, so that the axis has at most five steps. */
    static int step(int max) {
        int step = 1;
        while (max / step > 5) {
            int next = step * 2;
            if (max / next <= 5) {
                return next;
            }
            next = step * 5;
            if (max / next <= 5) {
                return next;
            }
            step *= 10;
        }
        return step;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + format(x1) + "\" y1=\"" + format(y1) + "\" x2=\"" + format(x2) + "\" y2=\"" + format(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + format(x) + "\" y=\"" + format(y) + "\" text-anchor=\"" + anchor
                + "\" fill=\"currentColor\">" + escape(content) + "</text>";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values for XML: nothing in them can open an element or close an attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // control characters other than tab and line breaks are not allowed in XML at all
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
