package de.heidelberg.partnerportal.network;

import de.heidelberg.partnerportal.i18n.TextEdit;

/** The city's role in a network for a period, as an editor's form holds it: "2006"–"2023", or since "2023-10". */
public record NetworkRoleEdit(String from, String to, TextEdit role) {

    public NetworkRoleEdit {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
        role = role == null ? TextEdit.EMPTY : role;
    }
}
