package org.learningmechanics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
