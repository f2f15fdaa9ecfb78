package de.heidelberg.partnerportal.backup;

import de.heidelberg.partnerportal.i18n.I18n;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups for scripts, as an administrator (HTTP Basic or an administrator's API token):
 * {@code GET /admin/backup/export} answers the archive; {@code POST /admin/backup/import} takes an archive as the
 * request body and restores it into this empty instance, answering JSON (refusals as
 * {@code {"error", "message"}}, the message in the language of {@code ?lang=} or {@code Accept-Language}).
 */
@RestController
class BackupController {

    static final String EXPORT = "/admin/backup/export";
    static final String IMPORT = "/admin/backup/import";

    private final BackupService backups;
    private final I18n i18n;
    private final SupportedLanguages languages;
    private final JsonMapper json;
    private final Clock clock;

    BackupController(BackupService backups, I18n i18n, SupportedLanguages languages, JsonMapper json, Clock clock) {
        this.backups = backups;
        this.i18n = i18n;
        this.languages = languages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(EXPORT)
    void export(HttpServletResponse response) throws IOException {
        String name = BackupService.fileName(clock.instant(), 1);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        backups.export(out);
        out.flush();
    }

    @PostMapping(IMPORT)
    void restore(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        Path upload = Files.createTempFile("portal-restore-", ".zip");
        try {
            try (InputStream body = request.getInputStream()) {
                Files.copy(body, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            BackupSummary summary;
            try {
                summary = backups.restore(upload);
            } catch (BackupException refused) {
                write(
                        response,
                        status(refused),
                        Map.of(
                                "error", refused.messageKey(),
                                "message", i18n.text(refused.messageKey(), locale, refused.parameters())));
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("restored", true);
            body.put("tables", summary.tables());
            body.put("rows", summary.rows());
            body.put("files", summary.files());
            body.put("message", i18n.text("backup.restored", locale, summary.rows(), summary.files()));
            write(response, HttpStatus.OK, body);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    static HttpStatus status(BackupException refused) {
        return switch (refused.messageKey()) {
            case "backup.error.not-empty", "backup.error.busy" -> HttpStatus.CONFLICT;
            case "backup.error.newer-format",
                    "backup.error.newer-schema",
                    "backup.error.unknown-table",
                    "backup.error.unknown-column",
                    "backup.error.rows" -> HttpStatus.UNPROCESSABLE_CONTENT;
            case "backup.error.failed" -> HttpStatus.INTERNAL_SERVER_ERROR;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    private void write(HttpServletResponse response, HttpStatus status, Map<String, ?> body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }

    private Locale locale(HttpServletRequest request) {
        return languages.forPrograms(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
