package de.heidelberg.partnerportal.security;

import static de.heidelberg.partnerportal.security.RoleMatrix.Who.ADMIN;
import static de.heidelberg.partnerportal.security.RoleMatrix.Who.ANONYMOUS;
import static de.heidelberg.partnerportal.security.RoleMatrix.Who.EDITOR;
import static de.heidelberg.partnerportal.security.RoleMatrix.Who.PARTNER;
import static de.heidelberg.partnerportal.security.RoleMatrix.Who.STAFF;
import static de.heidelberg.partnerportal.security.RoleMatrix.Who.TRANSLATOR;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The role matrix as data: who may open each page, fetch each HTTP resource and call each public
 * service method. {@link RoleMatrixTest} checks every line against the running portal, and fails for a
 * route, HTTP endpoint or service method that has no line here (naming the line to add) and for a line
 * whose page, endpoint or method no longer exists. Adding one is one line in the list it belongs to.
 */
final class RoleMatrix {

    private RoleMatrix() {}

    /** Who asks: nobody signed in, or one of the demo accounts (README), each with its account's roles. */
    enum Who {
        ANONYMOUS,
        PARTNER,
        /** The demo account {@code translator}: PARTNER and TRANSLATOR for French, a colleague in Montpellier. */
        TRANSLATOR,
        STAFF,
        /** EDITOR, which includes STAFF. */
        EDITOR,
        /** ADMIN, which includes EDITOR and STAFF. */
        ADMIN;

        /** The demo account's name (and password); none for anonymous. */
        @Nullable
        String account() {
            return this == ANONYMOUS ? null : name().toLowerCase(Locale.ROOT);
        }
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> ANONYMOUS_ONLY = EnumSet.of(ANONYMOUS);
    static final Set<Who> SIGNED_IN = EnumSet.of(PARTNER, TRANSLATOR, STAFF, EDITOR, ADMIN);
    /** Who reads content: city staff and partners (the demo translator reads as a partner). */
    static final Set<Who> READERS = EnumSet.of(PARTNER, TRANSLATOR, STAFF, EDITOR, ADMIN);
    /** Who opens an item's editor: editors, and translators for the texts of their languages. */
    static final Set<Who> TRANSLATORS = EnumSet.of(TRANSLATOR, EDITOR, ADMIN);

    /** City staff and up: the office's own records (visits, gifts), never partner-city colleagues. */
    static final Set<Who> CITY_STAFF = EnumSet.of(STAFF, EDITOR, ADMIN);

    static final Set<Who> EDITORS = EnumSet.of(EDITOR, ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

    /** A draft news item the test saves (with an image) and removes again. */
    static final String DRAFT_NEWS = "matrix-entwurf";
    /** Placeholders in addresses for the ids of the images the test saves. */
    static final String PUBLISHED_IMAGE = "{image of a published item}";

    static final String DRAFT_IMAGE = "{image of a draft}";
    /** Placeholder for the id of an agreement document the test uploads to Montpellier. */
    static final String CITY_DOCUMENT = "{agreement document}";

    // ---------------------------------------------------------------------------------------------
    // Pages: every route of the router, with an example address (a real slug of the demo content for a
    // route with a parameter). Whoever is not listed is refused: anonymous callers are sent to sign in
    // (HTTP 302 to /login), signed-in users get the translated access-denied page, unless the line says
    // otherwise (e.g. a draft answers "not found", so that its address reveals nothing).
    // ---------------------------------------------------------------------------------------------

    static final List<Page> PAGES = List.of(
            page("", SIGNED_IN),
            page("login", ANONYMOUS_ONLY).otherwise(Outcome.START_PAGE),
            page("partner-cities", READERS),
            page("partner-cities/cambridge", READERS),
            page("networks", READERS),
            page("networks/energy-cities", READERS),
            page("contacts", READERS),
            page("contacts/anna-seitz", READERS),
            page("news", READERS),
            page("news/jelenia-gora-goldenes-buch", READERS),
            page("news/" + DRAFT_NEWS, EDITORS).otherwise(Outcome.NOT_FOUND),
            page("programmes", READERS),
            page("programmes/foerderprogramm", READERS),
            page("visits", CITY_STAFF),
            page("visits/jelenia-gora-goldenes-buch-2025", CITY_STAFF),
            page("visits/request", CITY_STAFF),
            page("golden-book", CITY_STAFF),
            page("gifts", CITY_STAFF),
            page("reports", CITY_STAFF),
            page("gifts/no-such-gift", NOBODY).otherwise(Outcome.NOT_FOUND, CITY_STAFF),
            page("search", READERS),
            page("anniversaries", CITY_STAFF),
            page("search/insight", EDITORS),
            page("translations", TRANSLATORS),
            page("trash", EDITORS),
            page("admin/users", ADMINS),
            page("admin/tokens", ADMINS),
            page("admin/search", ADMINS),
            page("admin/audit", ADMINS),
            page("admin/sign-in-locks", ADMINS),
            page("admin/outbox", ADMINS),
            page("admin/backup", ADMINS),
            // the pages of the mailed links: the link's token is the credential, so they open for everyone
            page("forgot-password", EVERYONE),
            page("password/no-such-link", EVERYONE),
            page("edit/partner-cities/cambridge", TRANSLATORS),
            page("edit/partner-cities/new", EDITORS),
            page("edit/networks/energy-cities", TRANSLATORS),
            page("edit/networks/new", EDITORS),
            page("edit/contacts/anna-seitz", TRANSLATORS),
            page("edit/contacts/new", EDITORS),
            page("edit/news/jelenia-gora-goldenes-buch", TRANSLATORS),
            page("edit/news/" + DRAFT_NEWS, TRANSLATORS),
            page("edit/news/new", EDITORS),
            page("edit/programmes/foerderprogramm", TRANSLATORS),
            page("edit/programmes/new", EDITORS),
            // a translator who is not city staff finds no visit or gift to translate
            page("edit/visits/jelenia-gora-goldenes-buch-2025", EDITORS)
                    .otherwise(Outcome.NOT_FOUND, EnumSet.of(TRANSLATOR)),
            page("edit/visits/new", EDITORS),
            page("edit/gifts/new", EDITORS),
            page("edit/pages/overview", TRANSLATORS),
            page("edit/pages/networks-intro", TRANSLATORS),
            page("edit/pages/new", NOBODY).otherwise(Outcome.NOT_FOUND, TRANSLATORS));

    // ---------------------------------------------------------------------------------------------
    // HTTP resources outside the router: every endpoint of the portal's controllers and of the actuator
    // must have a line. api(...): the API's rules (401 without credentials, 403 for a role it refuses);
    // page-like addresses send anonymous callers to sign in; open(...) answers everyone.
    // ---------------------------------------------------------------------------------------------

    static final List<Resource> RESOURCES = List.of(
            open("/actuator/health"),
            open("/styles/portal.css"),
            open("/images/favicon.svg"),
            signInFirst("/actuator", SIGNED_IN),
            signInFirst("/actuator/env", NOBODY).otherwise(404),
            api("/api/search?q=Cambridge", READERS),
            api("/feeds/news.xml?lang=en", READERS),
            // the office's calendar: city staff only (CalendarFeedTest: ?token= for Outlook, PARTNER tokens refused)
            api("/feeds/calendar.ics?lang=fr", CITY_STAFF),
            // the activity report's files on the browser session (ReportFilesTest: contents, bad input)
            signInFirst("/reports/2025.pdf?lang=fr", CITY_STAFF),
            signInFirst("/reports/2025.xlsx?city=montpellier", CITY_STAFF),
            api("/api/contacts/anna-seitz.vcf", READERS),
            api("/api/images/" + PUBLISHED_IMAGE, READERS),
            api("/api/images/" + DRAFT_IMAGE, TRANSLATORS).otherwise(404),
            // a partnership's agreement document (staff only): a page-like address, 404 so that an id reveals nothing
            signInFirst("/partner-cities/montpellier/documents/" + CITY_DOCUMENT, CITY_STAFF)
                    .otherwise(404),
            // the backup for scripts (BackupHttpTest posts archives, with Basic, tokens and the session's CSRF)
            api("/admin/backup/export", ADMINS),
            api("/admin/backup/import", ADMINS).answeringGetWith(405),
            // the portal's error answer (package web): opened directly there is no error to show
            new Resource("/error", NOBODY, 404, 404, 200));

    // ---------------------------------------------------------------------------------------------
    // Service methods: every public method of every @Service bean of the portal (and of every bean that
    // hands content to other features), as "DeclaringType#method(ParameterTypes)"; a method a section
    // inherits from ContentEditingService is checked on every section's service. Called through the
    // bean's own interceptors with the body replaced, so that no call changes anything: allowed means
    // the call passed method security, refused means @PreAuthorize refused it. internal(...) methods
    // are called by the portal itself (sign-in, filters, jobs, events), not checked here, with the reason.
    // ---------------------------------------------------------------------------------------------

    static final List<MethodAccess> METHODS = List.of(
            // every content section (city, network, contact, news, programme, site texts)
            method("ContentEditingService#type()", EVERYONE), // the section's kind, a constant
            method("ContentEditingService#edit(String)", TRANSLATORS),
            method("ContentEditingService#newItem()", EDITORS),
            method("ContentEditingService#save(ContentForm)", TRANSLATORS),
            method("ContentEditingService#trash(long, long)", EDITORS),
            method("ContentEditingService#trashed(Reader)", EDITORS),
            method("ContentEditingService#restore(long)", EDITORS),
            method("ContentEditingService#gaps(Reader)", TRANSLATORS),
            method("CityService#findAll(Reader)", READERS),
            method("CityService#findBySlug(String, Reader)", READERS),
            method("CityService#counts(Reader)", READERS),
            method("CityService#idsBySlug(Collection)", EDITORS),
            method("CityService#count()", EDITORS),
            method("CityService#create(NewCity)", EDITORS),
            method("PartnershipRecordService#find(String, Reader)", CITY_STAFF),
            method("PartnershipRecordService#document(String, long, Reader)", CITY_STAFF),
            method("PartnershipRecordService#upload(String, String, byte[])", EDITORS),
            method("PartnershipRecordService#remove(String, long)", EDITORS),
            method("PartnershipRecordService#restore(String, long)", EDITORS),
            method("PartnershipRecordService#startStatusHistory(String, String)", EDITORS),
            method("AnniversaryService#upcoming(Reader, LocalDate, int)", CITY_STAFF),
            method("CityCatalog#type()", EVERYONE), // the section's kind, a constant
            method("CityCatalog#links(Collection, Reader)", READERS),
            method("CityCatalog#all(Reader)", READERS),
            method("NetworkService#findAll(Reader)", READERS),
            method("NetworkService#findBySlug(String, Reader)", READERS),
            method("NetworkService#idsBySlug(Collection)", EDITORS),
            method("NetworkService#count()", EDITORS),
            method("NetworkService#create(NewNetwork)", EDITORS),
            method("NetworkService#links(Collection, Reader)", READERS),
            method("NetworkService#all(Reader)", READERS),
            method("ContactService#findAll(Reader)", READERS),
            method("ContactService#findBySlug(String, Reader)", READERS),
            method("ContactService#findByIds(List, Reader)", READERS),
            method("ContactService#idsBySlug(Collection)", EDITORS),
            method("ContactService#count()", EDITORS),
            method("ContactService#create(NewContact)", EDITORS),
            method("ContactService#links(Collection, Reader)", READERS),
            method("ContactService#all(Reader)", READERS),
            method("NewsService#find(NewsFilter, Reader, int, int)", READERS),
            method("NewsService#count(NewsFilter, Reader)", READERS),
            method("NewsService#latest(NewsFilter, Reader, int)", READERS),
            method("NewsService#years(Reader)", READERS),
            method("NewsService#findBySlug(String, Reader)", READERS),
            method("NewsService#showsImage(long, Reader)", READERS),
            method("NewsService#count()", EDITORS),
            method("NewsService#create(NewNews)", EDITORS),
            method("ProgrammeService#findAll(Reader)", READERS),
            method("ProgrammeService#findBySlug(String, Reader)", READERS),
            method("ProgrammeService#count()", EDITORS),
            method("ProgrammeService#create(NewProgramme)", EDITORS),
            method("NewsService#idsBySlug(Collection)", EDITORS),
            method("NewsCatalog#type()", EVERYONE), // the section's kind, a constant
            method("NewsCatalog#links(Collection, Reader)", READERS),
            method("NewsCatalog#all(Reader)", READERS),
            method("VisitService#find(VisitFilter, Reader)", CITY_STAFF),
            method("VisitService#years(Reader)", CITY_STAFF),
            method("VisitService#findBySlug(String, Reader)", CITY_STAFF),
            method("VisitService#coming(LocalDate, int, Reader)", CITY_STAFF),
            method("VisitService#inPeriod(LocalDate, LocalDate, Reader)", CITY_STAFF),
            method("VisitService#goldenBook(Reader)", CITY_STAFF),
            method("VisitService#request(VisitRequest)", CITY_STAFF),
            method("VisitService#count()", EDITORS),
            method("VisitService#create(NewVisit)", EDITORS),
            method("VisitCatalog#type()", EVERYONE), // the section's kind, a constant
            method("VisitCatalog#links(Collection, Reader)", READERS), // empty for all but city staff
            method("VisitCatalog#all(Reader)", READERS),
            method("ReportService#report(ReportRequest, Reader)", CITY_STAFF),
            method("ReportService#years(Reader)", CITY_STAFF),
            method("CalendarService#calendar(Reader)", CITY_STAFF),
            method("CalendarService#subscriptionAddress(Locale)", CITY_STAFF),
            method("GiftService#find(GiftFilter, Reader)", CITY_STAFF),
            method("GiftService#findBySlug(String, Reader)", CITY_STAFF),
            method("GiftService#atVisit(long, Reader)", CITY_STAFF),
            method("GiftService#givenBefore(Long, Collection, Reader)", CITY_STAFF),
            method("GiftService#showsImage(long, Reader)", READERS), // only city staff's readers are shown one
            method("SiteTextService#find(Key, Reader)", READERS),
            method("SiteTextService#exists(Key)", EDITORS),
            method("SiteTextService#create(Key, Map, Map)", EDITORS),
            // the content core and the features around it
            method("ContentLinks#links(ContentType, Collection, Reader)", READERS),
            method("ContentLinks#all(ContentType, Reader)", READERS),
            method("ContentLinks#byId(ContentType, Collection, Reader)", READERS),
            method("ImageService#find(long, Reader)", READERS),
            method("ImageService#exists(long)", TRANSLATORS),
            method("ImageService#store(byte[])", EDITORS),
            // runs as the event listener of a save, in the saving editor's or translator's transaction
            method("ContentHistory#record(ContentChanged)", TRANSLATORS),
            method("ContentHistory#versions(ContentType, long, Class)", EDITORS),
            method("ContentHistory#latest(int)", ADMINS),
            method("EditMarks#mark(ContentType, String)", TRANSLATORS),
            method("EditMarks#release(ContentType, String)", TRANSLATORS),
            method("Translations#gaps(Reader)", TRANSLATORS),
            method("Trash#items(Reader)", EDITORS),
            method("Trash#restore(ContentType, long)", EDITORS),
            // search
            method("SearchService#search(String, Reader, int, Optional)", READERS),
            method("SearchService#page(String, Reader, int, int, Optional, SearchOrder)", READERS),
            method("SearchService#suggest(String, Reader, int)", READERS),
            method("SearchInsight#expand(String)", READERS),
            internal(
                    "SearchInsight#record(String, long)",
                    "counts a query after a search the caller was allowed to run (the search page, the API);"
                            + " anonymous statistics, no content"),
            method("SearchInsight#frequent(int)", EDITORS),
            method("SearchInsight#withoutResults(int)", EDITORS),
            method("SearchInsight#synonyms()", EDITORS),
            method("SearchInsight#saveSynonyms(Long, String)", EDITORS),
            method("SearchInsight#deleteSynonyms(Long)", EDITORS),
            method("SearchIndexAdmin#status()", ADMINS),
            method("SearchIndexAdmin#rebuild()", ADMINS),
            // backup and restore
            method("BackupService#export(OutputStream)", ADMINS),
            method("BackupService#export(OutputStream, Instant)", ADMINS),
            method("BackupService#isEmptyInstance()", ADMINS),
            method("BackupService#restore(Path)", ADMINS),
            method("BackupService#storedBackups()", ADMINS),
            method("BackupService#storedBackupFile(String)", ADMINS),
            method("BackupService#folder()", ADMINS),
            method("BackupService#keep()", ADMINS),
            method("BackupService#currentJob()", ADMINS),
            method("BackupService#startBackup()", ADMINS),
            method("BackupService#startRestore(Path)", ADMINS),
            method("SearchIndexCheck#status()", ADMINS),
            method("SearchIndexCheck#checkAndRepair()", ADMINS),
            // users, API tokens, sign-in
            method("UserService#findAll()", ADMINS),
            method("UserService#create(NewUser)", ADMINS),
            method("UserService#changeRoles(String, Set)", ADMINS),
            method("UserService#changeRoles(String, Set, Set)", ADMINS),
            method("UserService#resetPassword(String, String)", ADMINS),
            method("UserService#setEnabled(String, boolean)", ADMINS),
            method("UserService#translatableLanguages()", ADMINS),
            internal(
                    "UserService#isSessionValid(String, int)",
                    "asked by the session filter on every request, for the user the session belongs to"),
            internal(
                    "UserService#preferredLanguage(String)",
                    "asked by the language choice (LocaleSelector) for the signed-in user's name only"),
            internal(
                    "UserService#rememberLanguage(String, String)",
                    "called by the language choice (LocaleSelector) for the signed-in user's name only"),
            internal(
                    "PortalUserDetailsService#loadUserByUsername(String)",
                    "Spring Security's sign-in asks it before anyone is signed in"),
            internal(
                    "PortalUserDetailsService#loadLocalUserByUsername(String)",
                    "the local accounts' password check at sign-in, before anyone is signed in"),
            method("UserService#changeEmail(String, String)", ADMINS),
            // invitations and password links by mail, the outbox
            method("InvitationService#invite(NewInvitation)", ADMINS),
            method("InvitationService#resend(String)", ADMINS),
            method("InvitationService#withdraw(String)", ADMINS),
            method("InvitationService#suggestUsername(String)", ADMINS),
            // the person who follows a mailed link is not signed in: the link's secret token is the check
            method("PasswordLinkService#check(String)", EVERYONE),
            method("PasswordLinkService#setPassword(String, String)", EVERYONE),
            // "forgot password" answers everyone alike and mails only the account's own address
            method("PasswordLinkService#requestReset(String, Locale)", EVERYONE),
            internal("PasswordLinkService#destroy()", "Spring's shutdown of the mail worker"),
            method("MailOutbox#newestFirst(int, int)", ADMINS),
            method("MailOutbox#count()", ADMINS),
            internal("MailOutbox#sends()", "whether this portal sends mails or keeps them (configuration, no data)"),
            internal(
                    "OutboxMailer#deliver(OutgoingMail)",
                    "sends the mails the account services prepared after their own checks"),
            internal("OutboxMailer#afterSingletonsInstantiated()", "Spring's start-up callback"),
            // sign-in throttling and the security audit trail
            method("SignInThrottle#current()", ADMINS),
            method("SignInThrottle#unlock(SignInLockKind, String)", ADMINS),
            internal(
                    "SignInThrottle#rules()",
                    "the configured limits, shown on the locks page (configuration, no data)"),
            method("SecurityAudit#latest(int)", ADMINS),
            internal(
                    "SecurityAudit#record(SecurityAction, String, String, String, Map)",
                    "written by the portal's own sign-in and administration code"),
            method("ApiTokenService#findAll()", ADMINS),
            method("ApiTokenService#create(NewApiToken)", ADMINS),
            method("ApiTokenService#revoke(long)", ADMINS),
            method("ApiTokenService#latestExpiry()", ADMINS),
            method("ApiTokenService#today()", ADMINS),
            // the cluster
            internal("ClusterLocks#node()", "this node's name, for the locks"),
            internal(
                    "ClusterLocks#runExclusively(String, Duration, Duration, Supplier)",
                    "start-up steps and jobs that must run once across nodes; no content"),
            internal("ClusterLocks#tryLock(String, Duration)", "jobs that must run once across nodes; no content"));

    // ---------------------------------------------------------------------------------------------

    /** What a page shows someone. */
    enum Outcome {
        SHOWN,
        /** Anonymous callers: the sign-in page (over HTTP a redirect to /login). */
        SIGN_IN,
        /** The translated access-denied page (HTTP 403). */
        DENIED,
        /** The translated not-found page, as for an address that does not exist. */
        NOT_FOUND,
        /** Sent on to the start page. */
        START_PAGE
    }

    /**
     * A page at this address (without the leading slash), shown to these; refused to the others, with
     * what some of them get instead of the access-denied page.
     */
    record Page(String path, Set<Who> shownTo, Map<Who, Outcome> instead) {

        Outcome expected(Who who) {
            if (shownTo.contains(who)) {
                return Outcome.SHOWN;
            }
            return who == ANONYMOUS ? Outcome.SIGN_IN : instead.getOrDefault(who, Outcome.DENIED);
        }

        /** What every signed-in user not listed gets instead of the access-denied page. */
        Page otherwise(Outcome outcome) {
            return otherwise(outcome, SIGNED_IN);
        }

        /** What these, where they are not listed, get instead of the access-denied page. */
        Page otherwise(Outcome outcome, Set<Who> who) {
            Map<Who, Outcome> changed = new EnumMap<>(Who.class);
            changed.putAll(instead);
            who.stream().filter(one -> !shownTo.contains(one)).forEach(one -> changed.put(one, outcome));
            return new Page(path, shownTo, changed);
        }
    }

    static Page page(String path, Set<Who> shownTo) {
        return new Page(path, shownTo, Map.of());
    }

    /**
     * An HTTP resource: 200 for these; for anonymous callers otherwise {@code anonymousStatus} (302 means
     * a redirect to /login), for signed-in users otherwise {@code refusedStatus}.
     */
    record Resource(String path, Set<Who> allowed, int anonymousStatus, int refusedStatus, int allowedStatus) {

        int expected(Who who) {
            if (allowed.contains(who)) {
                return allowedStatus;
            }
            return who == ANONYMOUS ? anonymousStatus : refusedStatus;
        }

        /** What signed-in users not listed get instead of 403 (404 where an address must reveal nothing). */
        Resource otherwise(int status) {
            return new Resource(path, allowed, anonymousStatus, status, allowedStatus);
        }

        /**
         * What the allowed get from the GET this test sends, where the address takes another method: past the
         * security check, 405 (the method itself is tested where it is built).
         */
        Resource answeringGetWith(int status) {
            return new Resource(path, allowed, anonymousStatus, refusedStatus, status);
        }
    }

    static Resource open(String path) {
        return new Resource(path, EVERYONE, 200, 200, 200);
    }

    static Resource api(String path, Set<Who> allowed) {
        return new Resource(path, allowed, 401, 403, 200);
    }

    static Resource signInFirst(String path, Set<Who> allowed) {
        return new Resource(path, allowed, 302, 403, 200);
    }

    /** A service method, "DeclaringType#method(ParameterTypes)": who may call it, or why it is not checked. */
    record MethodAccess(
            String method, Set<Who> allowed, @Nullable String internalBecause) {}

    static MethodAccess method(String method, Set<Who> allowed) {
        return new MethodAccess(method, allowed, null);
    }

    static MethodAccess internal(String method, String because) {
        return new MethodAccess(method, NOBODY, because);
    }
}
