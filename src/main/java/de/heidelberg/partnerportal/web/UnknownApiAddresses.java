package de.heidelberg.partnerportal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An address under {@code /api/} or {@code /feeds/} that no endpoint has (e.g. {@code /api/contacts/a/b.vcf}):
 * the API's 404, not Vaadin's "not found" page, which would otherwise answer every address it does not know.
 */
@RestController
class UnknownApiAddresses {

    @GetMapping({"/api/**", "/feeds/**"})
    void unknown() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
