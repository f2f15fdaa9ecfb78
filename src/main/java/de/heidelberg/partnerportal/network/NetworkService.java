package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentEditException;
import de.heidelberg.partnerportal.content.ContentEditingService;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.EditingSupport;
import de.heidelberg.partnerportal.content.FieldKey;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.TextEdit;
import de.heidelberg.partnerportal.i18n.TranslatedText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** City networks for readers, their editing for editors and translators, and links to them for other features. */
@Service
public class NetworkService extends ContentEditingService<Network, NetworkEdit> implements ContentCatalog {

    /** The translation key of a role's text; each role's place follows after a {@code #}. */
    private static final Pattern PERIOD = Pattern.compile("(1[89]|2[0-9])[0-9]{2}(-(0[1-9]|1[0-2]))?");

    private final NetworkRepository networks;

    NetworkService(NetworkRepository networks, EditingSupport support) {
        super(ContentType.NETWORK, networks, support);
        this.networks = networks;
    }

    /** In the order the office lists them (cross-cutting first, as on the networks page). */
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<NetworkView> findAll(Reader reader) {
        return networks.findAllByOrderByPositionAsc().stream()
                .filter(reader::mayRead)
                .map(network -> view(network, reader))
                .toList();
    }

    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public Optional<NetworkView> findBySlug(String slug, Reader reader) {
        return networks.findBySlug(slug).filter(reader::mayRead).map(network -> view(network, reader));
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return networks.findBySlugIn(slugs).stream().collect(Collectors.toMap(Network::getSlug, Network::getId));
    }

    /** How many items there are, drafts and trash included: for loading the demo content. */
    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional(readOnly = true)
    public long count() {
        return networks.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewNetwork network) {
        return networks.save(new Network(network, languages.source().getLanguage(), (int) networks.count()))
                .getId();
    }

    @Override
    protected NetworkEdit emptyForm() {
        return new NetworkEdit();
    }

    @Override
    protected void fill(NetworkEdit edit, Network network) {
        edit.setName(TextEdit.of(network.getName()));
        edit.setKind(network.getKind());
        edit.setSize(TextEdit.of(network.getSize()));
        edit.setDescription(TextEdit.of(network.getDescription()));
        edit.setContactIds(new LinkedHashSet<>(network.getContactIds()));
        edit.setRoles(network.getRoles().stream()
                .map(role -> new NetworkRoleEdit(role.getFrom(), role.getTo(), TextEdit.of(role.getRole())))
                .toList());
    }

    @Override
    protected Map<FieldKey, @Nullable TranslatedText> texts(Network network) {
        Map<FieldKey, @Nullable TranslatedText> texts = new LinkedHashMap<>();
        texts.put(NetworkEdit.NAME, network.getName());
        texts.put(NetworkEdit.SIZE, network.getSize());
        texts.put(NetworkEdit.DESCRIPTION, network.getDescription());
        List<NetworkRole> roles = network.getRoles();
        for (int index = 0; index < roles.size(); index++) {
            texts.put(NetworkEdit.ROLE.at(index), roles.get(index).getRole());
        }
        return texts;
    }

    @Override
    protected String title(Network network, Reader reader) {
        return reader.text(network.getName()).text();
    }

    @Override
    protected void check(NetworkEdit edit, String source) {
        EditChecks.required(edit.getName(), source, NetworkEdit.NAME, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.optional(edit.getSize(), source, NetworkEdit.SIZE, TranslatedText.MAX_LINE_LENGTH);
        EditChecks.required(edit.getDescription(), source, NetworkEdit.DESCRIPTION, TranslatedText.MAX_LENGTH);
        if (edit.getKind() == null) {
            throw ContentEditException.forField("edit.error.field-required", NetworkEdit.KIND);
        }
        for (NetworkRoleEdit role : edit.getRoles()) {
            EditChecks.required(role.role(), source, NetworkEdit.ROLE, TranslatedText.MAX_LINE_LENGTH);
            if (!isPeriod(role.from())
                    || !(role.to().isBlank() || isPeriod(role.to()))
                    || (!role.to().isBlank()
                            && role.to().strip().compareTo(role.from().strip()) < 0)) {
                throw ContentEditException.forField("networks.error.period", NetworkEdit.ROLE);
            }
        }
    }

    /** A year ("2006") or a month ("2023-10"), as the period of a role is given. */
    public static boolean isPeriod(@Nullable String value) {
        return value != null && PERIOD.matcher(value.strip()).matches();
    }

    @Override
    protected Network create(NetworkEdit edit, String source) {
        return new Network(edit, source, (int) networks.count());
    }

    @Override
    protected void apply(Network network, NetworkEdit edit, String source) {
        network.apply(edit, source);
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        return networks.findByIdIn(ids).stream()
                .filter(reader::mayRead)
                .map(network -> link(network, reader))
                .toList();
    }

    @Override
    @PreAuthorize(ContentAccess.READERS)
    @Transactional(readOnly = true)
    public List<ContentLink> all(Reader reader) {
        return networks.findAllByOrderByPositionAsc().stream()
                .filter(reader::mayRead)
                .map(network -> link(network, reader))
                .toList();
    }

    private static ContentLink link(Network network, Reader reader) {
        return new ContentLink(ContentType.NETWORK, network.getId(), network.getSlug(), reader.text(network.getName()));
    }

    private NetworkView view(Network network, Reader reader) {
        return new NetworkView(
                network.getId(),
                network.getSlug(),
                reader.text(network.getName()),
                network.getKind(),
                reader.text(network.getSize()),
                reader.text(network.getDescription()),
                network.getRoles().stream()
                        .map(role ->
                                new NetworkView.RoleView(role.getFrom(), role.getTo(), reader.text(role.getRole())))
                        .toList(),
                network.getContactIds(),
                reader.internal(network.getInternalNote()));
    }
}
