package de.heidelberg.partnerportal.calendar;

import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.city.CitySummary;
import de.heidelberg.partnerportal.city.RelationStatus;
import de.heidelberg.partnerportal.content.Reader;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Round jubilees (every five years) of the partnerships and friendly relations that are lived or at rest, between
 * two days: counted from the day the relation began, or, where only its year is known, shown on 1 January of the
 * jubilee year (marked so).
 *
 * <p>The seam for the {@code anniversary} feature (issue 16, built in parallel): when its service of upcoming
 * jubilees is on main, the calendar takes them from there and this class goes.
 */
@Component
class PartnershipJubilees {

    static final int EVERY = 5;

    /** A jubilee: the relation, the day, how many years, and whether the day is only the year's first. */
    record Jubilee(CitySummary city, LocalDate day, int years, boolean dayKnown) {}

    private final CityService cities;

    PartnershipJubilees(CityService cities) {
        this.cities = cities;
    }

    List<Jubilee> between(LocalDate from, LocalDate until, Reader reader) {
        List<Jubilee> jubilees = new ArrayList<>();
        for (CitySummary city : cities.findAll(reader)) {
            if (city.status() == RelationStatus.FORMER || city.since().year() == null) {
                continue;
            }
            int since = city.since().year();
            LocalDate began = city.since().date();
            for (int year = from.getYear(); year <= until.getYear(); year++) {
                int years = year - since;
                if (years <= 0 || years % EVERY != 0) {
                    continue;
                }
                LocalDate day = began == null
                        ? LocalDate.of(year, 1, 1)
                        : MonthDay.from(began).atYear(year);
                if (!day.isBefore(from) && !day.isAfter(until)) {
                    jubilees.add(new Jubilee(city, day, years, began != null));
                }
            }
        }
        jubilees.sort(Comparator.comparing(Jubilee::day));
        return jubilees;
    }
}
