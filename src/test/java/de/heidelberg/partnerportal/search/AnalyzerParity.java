package de.heidelberg.partnerportal.search;

import de.heidelberg.partnerportal.ClusterEngines;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tokens of one text through an analyzer as OpenSearch makes them (Lucene's: {@link AnalyzersTest#tokens}). */
final class AnalyzerParity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AnalyzerParity() {}

    static List<String> openSearch(String analyzer, String text) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(
                JSON.createObjectNode().put("analyzer", analyzer).put("text", text));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://" + ClusterEngines.openSearchHost() + "/" + anIndex() + "/_analyze"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("OpenSearch answered " + response.statusCode() + ": " + response.body());
        }
        List<String> tokens = new ArrayList<>();
        JSON.readTree(response.body())
                .get("tokens")
                .forEach(token -> tokens.add(token.get("token").asString()));
        return tokens;
    }

    /** One of the portal's indexes: they all declare the same analyzers. */
    private static String anIndex() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://" + ClusterEngines.openSearchHost() + "/_alias"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode indexes = JSON.readTree(response.body());
        return indexes.propertyNames().stream()
                .filter(name -> !name.startsWith("."))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No index on OpenSearch: " + response.body()));
    }
}
