package de.heidelberg.partnerportal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a browser's Vaadin client keeps for one UI, without the browser: the UI's id and security key,
 * the {@code syncId} it last received and the {@code clientId} it must send next, and the element tree
 * as the server described it (tags, attributes, properties, classes, DOM listeners, texts, children), so
 * that a load test can find "the save button" or "the English title field" the way the client would.
 *
 * <p>It speaks the protocol of Flow's client: {@code ?v-r=init} returns the first UIDL in
 * {@code appConfig.uidl}; every later message is a POST to {@code ?v-r=uidl&v-uiId=N} with
 * {@code {"csrfToken","rpc":[…],"syncId","clientId"}} and answers the changes to apply. One instance
 * belongs to one virtual user; Gatling runs a user's steps one after another, never at once.
 */
final class VaadinClient {

    // the features of a state node, as Flow numbers them (NodeFeatureRegistry)
    private static final int TAG = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private final Map<Integer, Element> elements = new LinkedHashMap<>();
    private List<Integer> attachedLast = List.of();
    private List<String> stringsLast = List.of();
    private JsonNode executeLast = NODES.arrayNode();

    /** One element of the UI as the server described it. */
    static final class Element {
        final int node;
        String tag = "";
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Set<String> classes = new HashSet<>();
        final Set<String> listeners = new HashSet<>();
        final List<Integer> children = new ArrayList<>();
        String text = "";

        Element(int node) {
            this.node = node;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asText();
        }
    }

    int uiId() {
        return uiId;
    }

    /**
     * The answer to {@code ?v-r=init}: the UI's id, its security key and its first state. Returns ""
     * when it is one, else what is wrong with it (Gatling's check then fails the request with it).
     */
    String init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            if (!config.has("v-uiId")) {
                return "not a Vaadin bootstrap answer: " + abbreviate(body);
            }
            uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            securityKey = uidl.path("Vaadin-Security-Key").asText("");
            elements.clear();
            historyIndex = 0;
            promise = 0;
            return apply(uidl);
        } catch (Exception unreadable) {
            return "unreadable bootstrap answer: " + unreadable.getMessage();
        }
    }

    /** The answer to a UIDL request: applied to the tree; "" when it is one, else what is wrong. */
    String accept(String body) {
        try {
            return apply(JSON.readTree(body));
        } catch (Exception unreadable) {
            return "unreadable UIDL answer: " + abbreviate(body);
        }
    }

    private String apply(JsonNode uidl) {
        if (uidl.has("meta") && !uidl.path("meta").isEmpty()) {
            // sessionExpired, appError, async error: the client would reload or show an error
            return "the server answered " + uidl.path("meta");
        }
        if (!uidl.has("syncId")) {
            return "not a UIDL answer: " + abbreviate(uidl.toString());
        }
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt(clientId + 1);
        List<Integer> attached = new ArrayList<>();
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            if (type.equals("detach")) {
                elements.remove(node);
                continue;
            }
            Element element = elements.computeIfAbsent(node, Element::new);
            if (type.equals("attach")) {
                attached.add(node);
            } else if (type.equals("put")) {
                put(element, change);
            } else if (type.equals("splice")) {
                splice(element, change);
            } else if (type.equals("clear")) {
                if (change.path("feat").asInt() == CHILDREN) {
                    element.children.clear();
                } else if (change.path("feat").asInt() == CLASSES) {
                    element.classes.clear();
                }
            }
        }
        attachedLast = attached;
        List<String> strings = new ArrayList<>();
        collectStrings(uidl.path("changes"), strings);
        collectStrings(uidl.path("execute"), strings);
        stringsLast = strings;
        executeLast = uidl.path("execute");
        return "";
    }

    private static void put(Element element, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case TAG -> element.tag = value.asText();
            case PROPERTIES -> element.properties.put(key, value);
            case ATTRIBUTES -> element.attributes.put(key, value.asText());
            case LISTENERS -> element.listeners.add(key);
            case TEXT -> element.text = value.asText();
            default -> {}
        }
    }

    private static void splice(Element element, JsonNode change) {
        int feature = change.path("feat").asInt();
        int index = change.path("index").asInt();
        if (feature == CHILDREN) {
            int remove = change.path("remove").asInt(0);
            for (int i = 0; i < remove && index < element.children.size(); i++) {
                element.children.remove(index);
            }
            int at = Math.min(index, element.children.size());
            for (JsonNode added : change.path("addNodes")) {
                element.children.add(at++, added.asInt());
            }
        } else if (feature == CLASSES) {
            change.path("add").forEach(name -> element.classes.add(name.asText()));
        }
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectStrings(child, into));
        }
    }

    // ---- what the last answer contained ----

    /** Whether a string in the last answer (a text, a property, a label of a suggestion) contains the text. */
    boolean lastAnswerShows(String text) {
        return stringsLast.stream().anyMatch(string -> string.contains(text));
    }

    /** "" when the last answer shows every text, else which it lacks (for a failed check's message). */
    String expectShown(List<String> texts) {
        List<String> missing =
                texts.stream().filter(text -> !lastAnswerShows(text)).toList();
        return missing.isEmpty() ? "" : "the answer did not show " + missing;
    }

    /** The key of a data item the last answer sent to the client (a combo box's suggestion) by its label. */
    Optional<String> itemKey(String label) {
        return findItemKey(executeLast, label);
    }

    private static Optional<String> findItemKey(JsonNode node, String label) {
        if (node.isObject() && node.has("key") && node.path("label").asText().equals(label)) {
            return Optional.of(node.path("key").asText());
        }
        for (JsonNode child : node) {
            Optional<String> found = findItemKey(child, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The update a combo box's data answer asked the client to confirm ({@code $connector.confirm(id)});
     * the server keeps the update's items until it is confirmed.
     */
    int confirmId() {
        for (JsonNode invocation : executeLast) {
            if (invocation.isArray()
                    && invocation.size() > 2
                    && invocation.get(invocation.size() - 1).asText().contains("$connector.confirm(")) {
                return invocation.get(1).asInt();
            }
        }
        throw new IllegalStateException("the answer asked for no confirmation");
    }

    // ---- the element tree ----

    /** The first element (in the order the server created them) that matches. */
    Optional<Element> find(Predicate<Element> matches) {
        return elements.values().stream().filter(matches).findFirst();
    }

    Element require(String what, Predicate<Element> matches) {
        return find(matches).orElseThrow(() -> new IllegalStateException("no " + what + " in the UI"));
    }

    static Predicate<Element> tag(String tag) {
        return element -> element.tag.equals(tag);
    }

    static Predicate<Element> hasClass(String name) {
        return element -> element.classes.contains(name);
    }

    static Predicate<Element> attribute(String name, String value) {
        return element -> value.equals(element.attributes.get(name));
    }

    /** Elements attached by the last answer. */
    List<Element> attachedLast() {
        return attachedLast.stream()
                .map(elements::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    // ---- messages to the server ----

    /** A UIDL message with these invocations, as the client sends it. */
    String message(ArrayNode rpc) {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** The router's navigation: what the client sends when a link inside the app is followed. */
    String navigate(String route, String query) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex++);
        data.put("trigger", historyIndex == 1 ? "" : "client");
        return message(rpc().add(event(1, "ui-navigate", data)));
    }

    /**
     * What the client sends right after an answer that attached web components: their initial
     * property values, as the "*-changed" events it listens to. Empty when there are none.
     */
    Optional<String> settle() {
        ArrayNode rpc = rpc();
        for (Element element : attachedLast()) {
            element.listeners.stream()
                    .filter(name -> name.endsWith("-changed"))
                    .sorted()
                    .forEach(name -> rpc.add(event(element.node, name, NODES.objectNode())));
        }
        return rpc.isEmpty() ? Optional.empty() : Optional.of(message(rpc));
    }

    /** A value typed into a field: the property synchronised, then the events the field listens to. */
    ArrayNode type(ArrayNode rpc, Element field, String value) {
        rpc.add(sync(field.node, "value", NODES.textNode(value)));
        for (String event : List.of("input", "change", "value-changed")) {
            if (field.listeners.contains(event)) {
                rpc.add(event(field.node, event, NODES.objectNode()));
            }
        }
        return rpc;
    }

    /** A click on a button. */
    String click(Element button) {
        return message(rpc().add(event(button.node, "click", NODES.objectNode())));
    }

    /** A call of a method the server published for the element ({@code $server.name(args)}). */
    String call(Element element, String method, JsonNode... arguments) {
        ObjectNode call = NODES.objectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", element.node);
        call.put("templateEventMethodName", method);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        for (JsonNode argument : arguments) {
            args.add(argument);
        }
        call.put("promise", promise++);
        return message(rpc().add(call));
    }

    static ArrayNode rpc() {
        return NODES.arrayNode();
    }

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", PROPERTIES);
        sync.put("property", property);
        sync.set("value", value);
        return sync;
    }

    /** An event's empty data. */
    static ObjectNode noData() {
        return NODES.objectNode();
    }

    static JsonNode flag(boolean value) {
        return NODES.booleanNode(value);
    }

    static JsonNode number(int value) {
        return NODES.numberNode(value);
    }

    static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
