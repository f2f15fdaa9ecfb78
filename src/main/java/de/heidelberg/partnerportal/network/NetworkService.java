package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.content.ContentAccess;
import de.heidelberg.partnerportal.content.ContentCatalog;
import de.heidelberg.partnerportal.content.ContentLink;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.Reader;
import de.heidelberg.partnerportal.i18n.SupportedLanguages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** City networks for readers, their creation for editors, and links to them for other features. */
@Service
public class NetworkService implements ContentCatalog {

    private final NetworkRepository networks;
    private final SupportedLanguages languages;

    NetworkService(NetworkRepository networks, SupportedLanguages languages) {
        this.networks = networks;
        this.languages = languages;
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
        return networks.findBySlug(slug)
                .filter(reader::mayRead)
                .map(network -> view(network, reader));
    }

    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        return networks.findBySlugIn(slugs).stream().collect(Collectors.toMap(Network::getSlug, Network::getId));
    }

    @Transactional(readOnly = true)
    public long count() {
        return networks.count();
    }

    @PreAuthorize(ContentAccess.EDITORS)
    @Transactional
    public Long create(NewNetwork network) {
        return networks.save(new Network(network, languages.source().getLanguage(), (int) networks.count())).getId();
    }

    @Override
    public ContentType type() {
        return ContentType.NETWORK;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContentLink> links(Collection<Long> ids, Reader reader) {
        return networks.findByIdIn(ids).stream()
                .filter(reader::mayRead)
                .map(network -> link(network, reader))
                .toList();
    }

    @Override
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
                        .map(role -> new NetworkView.RoleView(role.getFrom(), role.getTo(), reader.text(role.getRole())))
                        .toList(),
                network.getContactIds(),
                reader.internal(network.getInternalNote()));
    }
}
