package de.heidelberg.partnerportal.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.heidelberg.partnerportal.content.ContentType;
import de.heidelberg.partnerportal.content.EditChecks;
import de.heidelberg.partnerportal.content.Readers;
import de.heidelberg.partnerportal.i18n.ContentText;
import de.heidelberg.partnerportal.programme.ProgrammeService;
import de.heidelberg.partnerportal.programme.ProgrammeView;
import de.heidelberg.partnerportal.ui.page.ContentPage;
import jakarta.annotation.security.RolesAllowed;

/** The office's programmes as cards. */
@Route("programmes")
@RolesAllowed({"STAFF", "PARTNER"})
@Menu(title = "nav.programmes", order = 50, icon = "vaadin:academy-cap")
public class ProgrammesView extends ContentPage {

    public ProgrammesView(ProgrammeService programmes, Readers readers) {
        super(ContentType.PROGRAMME, "nav.programmes");
        add(new H1(getTranslation("nav.programmes")));
        addEditAction(EditChecks.NEW, "programmes.new");
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (ProgrammeView programme : programmes.findAll(readers.current(getLocale()))) {
            Div card = new Div();
            card.addClassNames("card", "programme-card");
            Anchor title = ContentText.into(
                    new Anchor(ContentType.PROGRAMME.path() + "/" + programme.slug(), ""), programme.title());
            title.addClassName("card-title");
            card.add(title, ContentText.into(new Paragraph(), programme.summary()));
            cards.add(card);
        }
        add(cards);
    }
}
