package org.learningmechanics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a plain HTTP request for {@code /x/{slug}} gets, as a link preview bot or a curious visitor would: the page
 * with Open Graph tags naming an unlisted experiment, and for a private or unknown one the same generic tags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExperimentLinkHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    JsonMapper json;

    @Test
    void anUnlistedLinkPreviewsWithItsTitleAndNotesEscaped() throws Exception {
        Account ada = ExperimentFixtures.account(accounts, "Ada");
        Experiment e = experiments.save(ada.id(), ExperimentFixtures.deepLinear(3), "Depth <b>three</b>",
                "Slower & later \"than\" depth two.", Visibility.UNLISTED);
        String page = get(e.path());
        assertThat(page).contains("<title>Depth &lt;b&gt;three&lt;/b&gt; — Learning Mechanics</title>")
                .contains("property=\"og:title\" content=\"Depth &lt;b&gt;three&lt;/b&gt; — Learning Mechanics\"")
                .contains("property=\"og:description\" content=\"Slower &amp; later &quot;than&quot; depth two.\"")
                .doesNotContain("<b>three</b>");
    }

    @Test
    void aPrivateLinkAndAnUnknownOneGetTheSameGenericPreview() throws Exception {
        Account ada = ExperimentFixtures.account(accounts, "Ada");
        Experiment e = experiments.save(ada.id(), ExperimentFixtures.deepLinear(3), "Private title", "secret notes",
                Visibility.PRIVATE);
        String privatePage = get(e.path());
        String unknownPage = get("x/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(privatePage).doesNotContain("Private title", "secret notes")
                .contains("<title>Experiment — Learning Mechanics</title>");
        assertThat(metaTags(privatePage)).isEqualTo(metaTags(unknownPage));
    }

    /**
     * No existence oracle: for a visitor, a private experiment's link, a guessed well-formed slug and malformed ones
     * get the same status, the same page and the same view built on the server (its first UIDL), up to the slug
     * itself, per-session tokens and ids.
     */
    @Test
    void aPrivateSlugAGuessedOneAndMalformedOnesAreIndistinguishable() throws Exception {
        Account ada = ExperimentFixtures.account(accounts, "Ada");
        Experiment e = experiments.save(ada.id(), ExperimentFixtures.deepLinear(3), "Private title", "secret notes",
                Visibility.PRIVATE);
        String privateSlug = e.path().substring("x/".length());
        List<String> others = List.of("AAAAAAAAAAAAAAAAAAAAAA", "Zm9vYmFyYmF6cXV4MTIzNA", privateSlug.toLowerCase(),
                privateSlug.substring(1) + "A", "tooShort7", privateSlug + "A", "%27%20OR%20%271%27%3D%271");
        String privatePage = normalised(get(e.path()), privateSlug);
        JsonNode privateView = view(privateSlug, privateSlug);
        assertThat(privateView.toString()).contains("This experiment is not there, or it is not shared with you.")
                .doesNotContain("Private title");
        for (String slug : others) {
            String page = normalised(get("x/" + slug), slug);
            JsonNode view = view(slug, slug);
            if (slug.matches("[A-Za-z0-9_-]{1,40}")) {
                assertThat(page).as("page for " + slug).isEqualTo(privatePage);
                assertThat(view).as("view for " + slug).isEqualTo(privateView);
            } else {
                // Not link-shaped: the site's own tags and a sign-in link without it, decided from the text alone.
                assertThat(page).as("page for " + slug).contains("<title>Learning Mechanics</title>");
                assertThat(view.toString()).as("view for " + slug)
                        .contains("This experiment is not there, or it is not shared with you.");
            }
        }
    }

    /**
     * What the server builds when a new session opens the link, as a browser would ask for it: the page, Vaadin's
     * init, then the navigation event whose answer carries the view.
     */
    private JsonNode view(String slug, String asWritten) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/x/"
                + slug)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> init = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/?v-r=init&location=" + java.net.URLEncoder.encode("x/" + slug, StandardCharsets.UTF_8)
                + "&query=")).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"")
                .matcher(init.body());
        assertThat(key.find()).isTrue();
        String route = ("x/" + java.net.URLDecoder.decode(slug, StandardCharsets.UTF_8)).replace("\\", "\\\\")
                .replace("\"", "\\\"");
        HttpResponse<String> navigated = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/?v-r=uidl&v-uiId=0")).header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":"
                        + "\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\","
                        + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                        + "\"syncId\":0,\"clientId\":0}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(navigated.statusCode()).isEqualTo(200);
        // Compared as JSON (the order of the constant pool varies), without the development mode's request timings.
        ObjectNode uidl = (ObjectNode) json.readTree(normalised(navigated.body(), asWritten));
        uidl.remove("timings");
        return uidl;
    }

    /**
     * Without what differs per request anyway: the slug as written, CSRF tokens, UUIDs, and (development mode only)
     * the usage-statistics line, which grows as the server sees features used.
     */
    private static String normalised(String body, String slug) {
        return body.replaceAll("window\\.Vaadin\\.registrations\\.push\\(.*", "")
                .replace(java.net.URLDecoder.decode(slug, StandardCharsets.UTF_8), "{slug}").replace(slug, "{slug}")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{uuid}")
                .replaceAll("\"csrfToken\":\"[^\"]*\"", "");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static java.util.List<String> metaTags(String page) {
        return page.lines().filter(l -> l.contains("og:") || l.contains("<title>")).toList();
    }
}
