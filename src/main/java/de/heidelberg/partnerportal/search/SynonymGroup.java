package de.heidelberg.partnerportal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Terms that mean the same for the search ("twin town", "Partnerstadt", "ville jumelée"). */
@Entity
@Table(name = "search_synonym")
class SynonymGroup {

    static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MAX_LENGTH)
    private String terms;

    @Version
    private long version;

    protected SynonymGroup() {}

    SynonymGroup(String terms) {
        this.terms = terms;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getTerms() {
        return terms;
    }

    void setTerms(String terms) {
        this.terms = terms;
    }

    List<String> termList() {
        return Arrays.stream(terms.split(","))
                .map(String::strip)
                .filter(term -> !term.isEmpty())
                .toList();
    }
}
