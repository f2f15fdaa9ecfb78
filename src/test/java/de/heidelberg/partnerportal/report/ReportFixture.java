package de.heidelberg.partnerportal.report;

import de.heidelberg.partnerportal.city.CityService;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.visit.VisitDirection;
import de.heidelberg.partnerportal.visit.VisitEdit;
import de.heidelberg.partnerportal.visit.VisitKind;
import de.heidelberg.partnerportal.visit.VisitPersonEdit;
import de.heidelberg.partnerportal.visit.VisitService;
import de.heidelberg.partnerportal.visit.VisitState;
import de.heidelberg.partnerportal.visit.VisitTestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Visits of a year no other test uses ({@link #YEAR}), saved through the visits service as an editor, and removed
 * again afterwards (the other tests share the database). With Montpellier:
 *
 * <ul>
 *   <li>incoming, done, March: Jerzy Łużniak (Jelenia Góra, PL) and Claire Dubois (Montpellier, FR), a group of 5;
 *   <li>outgoing, confirmed, June: Anna Beispiel (Heidelberg, DE), a group of 4;
 *   <li>incoming, cancelled, July; incoming, planned, September (neither counted);
 * </ul>
 *
 * and with Cambridge one done in October (nobody named) and one done that began on 30 December the year before.
 */
public final class ReportFixture {

    public static final int YEAR = 2037;

    private final ApplicationContext context;
    private final VisitService visits;
    private final long montpellier;
    private final long cambridge;
    private final List<String> slugs = new ArrayList<>();
    /** Each fixture's own slugs, so that two fixtures never meet. */
    private final String run = Long.toString(System.nanoTime(), 36);

    public ReportFixture(ApplicationContext context) {
        this.context = context;
        this.visits = context.getBean(VisitService.class);
        CityService cities = context.getBean(CityService.class);
        Readers readers = context.getBean(Readers.class);
        this.montpellier = asEditor(() -> cities.findBySlug("montpellier", readers.current(Locale.GERMAN))
                .orElseThrow()
                .summary()
                .id());
        this.cambridge = asEditor(() -> cities.findBySlug("cambridge", readers.current(Locale.GERMAN))
                .orElseThrow()
                .summary()
                .id());
    }

    public ReportFixture create() {
        visit(
                "delegation-montpellier",
                "Delegation aus Montpellier",
                "Délégation de Montpellier",
                VisitDirection.INCOMING,
                VisitState.DONE,
                date(3, 10),
                date(3, 12),
                montpellier,
                5,
                List.of(
                        new VisitPersonEdit("Jerzy Łużniak", "Bürgermeister", "Jelenia Góra", "PL", null),
                        new VisitPersonEdit("Claire Dubois", "Adjointe", "Montpellier", "FR", null)));
        visit(
                "reise-montpellier",
                "Reise nach Montpellier",
                "Voyage à Montpellier",
                VisitDirection.OUTGOING,
                VisitState.CONFIRMED,
                date(6, 1),
                date(6, 3),
                montpellier,
                4,
                List.of(new VisitPersonEdit("Anna Beispiel", "Stadträtin", "Heidelberg", "DE", null)));
        visit(
                "abgesagt-montpellier",
                "Abgesagter Besuch",
                "Visite annulée",
                VisitDirection.INCOMING,
                VisitState.CANCELLED,
                date(7, 1),
                date(7, 2),
                montpellier,
                null,
                List.of());
        visit(
                "geplant-montpellier",
                "Geplanter Besuch",
                "Visite prévue",
                VisitDirection.INCOMING,
                VisitState.PLANNED,
                date(9, 1),
                date(9, 2),
                montpellier,
                null,
                List.of());
        visit(
                "studienreise-cambridge",
                "Studienreise Cambridge",
                "Voyage d'études Cambridge",
                VisitDirection.INCOMING,
                VisitState.DONE,
                date(10, 5),
                date(10, 5),
                cambridge,
                12,
                List.of());
        visit(
                "silvester-cambridge",
                "Silvester in Cambridge",
                "Saint-Sylvestre à Cambridge",
                VisitDirection.OUTGOING,
                VisitState.DONE,
                LocalDate.of(YEAR - 1, 12, 30),
                date(1, 2),
                cambridge,
                3,
                List.of());
        return this;
    }

    /** A visit with a deadline near today, for the calendar; its slug. */
    public String upcoming(String slug, LocalDate start, LocalDate deadline, VisitState state) {
        VisitEdit edit = form(
                slug,
                "Besuch aus Montpellier",
                "Visite de Montpellier",
                VisitDirection.INCOMING,
                state,
                start,
                start.plusDays(2),
                montpellier,
                6,
                List.of(new VisitPersonEdit("Jerzy Łużniak", "Bürgermeister", "Jelenia Góra", "PL", null)));
        edit.setDeadline(deadline);
        edit.setPlace("Rathaus Heidelberg");
        save(edit);
        return slugs.getLast();
    }

    /** Removes the fixture's visits (with their versions left in the history, as for any removed row). */
    public void remove() {
        VisitTestData.remove(context, slugs);
        slugs.clear();
    }

    private void visit(
            String slug,
            String german,
            String french,
            VisitDirection direction,
            VisitState state,
            LocalDate start,
            LocalDate end,
            long city,
            @Nullable Integer group,
            List<VisitPersonEdit> people) {
        save(form(slug, german, french, direction, state, start, end, city, group, people));
    }

    private VisitEdit form(
            String slug,
            String german,
            String french,
            VisitDirection direction,
            VisitState state,
            LocalDate start,
            LocalDate end,
            long city,
            @Nullable Integer group,
            List<VisitPersonEdit> people) {
        VisitEdit edit = asEditor(visits::newItem);
        edit.setSlug(slug);
        edit.setPublished(true);
        edit.setTitle(new TextEdit(Map.of("de", german, "fr", french, "en", german), false));
        edit.setPurpose(new TextEdit(Map.of("de", "Austausch über " + german), false));
        edit.setKind(VisitKind.DELEGATION);
        edit.setDirection(direction);
        edit.setState(state);
        edit.setStartDate(start);
        edit.setEndDate(end);
        edit.setCityId(city);
        edit.setParticipantCount(group);
        edit.setPeople(people);
        return edit;
    }

    private void save(VisitEdit edit) {
        edit.setSlug(edit.getSlug() + "-" + run);
        slugs.add(asEditor(() -> visits.save(edit)));
    }

    /** Runs as the demo editor (EDITOR and the STAFF it includes), then gives the test its own user back. */
    private static <T> T asEditor(Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext editor = SecurityContextHolder.createEmptyContext();
        editor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_STAFF")));
        SecurityContextHolder.setContext(editor);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }
}
