package de.heidelberg.partnerportal.programme;

import de.heidelberg.partnerportal.content.ContentForm;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.i18n.TextEdit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A programme as an editor's form holds it. */
public class ProgrammeEdit extends ContentForm {

    // the form's fields, by the translation keys of their names
    public static final FieldKey TITLE = new FieldKey("programmes.field.title");
    public static final FieldKey SUMMARY = new FieldKey("programmes.field.summary");
    public static final FieldKey BODY = new FieldKey("programmes.field.body");
    public static final FieldKey SINCE_YEAR = new FieldKey("programmes.field.since-year");
    public static final FieldKey CITIES = new FieldKey("programmes.cities");

    private TextEdit title = TextEdit.EMPTY;
    private TextEdit summary = TextEdit.EMPTY;
    private TextEdit body = TextEdit.EMPTY;
    private @Nullable Integer sinceYear;
    private Set<Long> cityIds = new HashSet<>();
    private Set<Long> contactIds = new LinkedHashSet<>();

    @Override
    public ProgrammeEdit copy() {
        ProgrammeEdit copy = new ProgrammeEdit();
        copyInto(copy);
        copy.title = title;
        copy.summary = summary;
        copy.body = body;
        copy.sinceYear = sinceYear;
        copy.cityIds = new HashSet<>(cityIds);
        copy.contactIds = new LinkedHashSet<>(contactIds);
        return copy;
    }

    public TextEdit getTitle() {
        return title;
    }

    public void setTitle(TextEdit title) {
        this.title = title;
    }

    public TextEdit getSummary() {
        return summary;
    }

    public void setSummary(TextEdit summary) {
        this.summary = summary;
    }

    public TextEdit getBody() {
        return body;
    }

    public void setBody(TextEdit body) {
        this.body = body;
    }

    public @Nullable Integer getSinceYear() {
        return sinceYear;
    }

    public void setSinceYear(@Nullable Integer sinceYear) {
        this.sinceYear = sinceYear;
    }

    public Set<Long> getCityIds() {
        return cityIds;
    }

    public void setCityIds(Set<Long> cityIds) {
        this.cityIds = new HashSet<>(cityIds);
    }

    public Set<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(Set<Long> contactIds) {
        this.contactIds = new LinkedHashSet<>(contactIds);
    }
}
