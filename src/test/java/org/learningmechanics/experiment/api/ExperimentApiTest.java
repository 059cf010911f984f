package org.learningmechanics.experiment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseService;
import org.learningmechanics.course.CourseTestAccounts;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saving and reading experiments over HTTP through the real security filter chain, as a script does it: fetch a CSRF
 * token, post the sign-in form, fetch the new token, post the exported file; and every way of being refused.
 */
@SpringBootTest(properties = "learningmechanics.api.saves-per-minute=5")
class ExperimentApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ExperimentJson files;
    @Autowired
    CourseService courses;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvc mvc;
    Account ada;
    /** An experiment as the book exports it: the body a script posts. */
    String exported;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        ada = ExperimentFixtures.account(accounts, "Ada");
        Experiment original = experiments.save(ada.id(), ExperimentFixtures.deepLinear(3), "Depth three",
                "Slower than depth two.", Visibility.PRIVATE);
        exported = files.export(original);
    }

    @Test
    void aSignedInReaderSavesTheExportedFileAndReadsBackTheSameExperiment() throws Exception {
        MockHttpSession session = signIn(ada);
        MockHttpServletResponse saved = perform(save(session, exported));

        assertThat(saved.getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(saved.getContentAsString());
        String slug = answer.get("slug").asString();
        assertThat(answer.get("url").asString()).isEqualTo("/x/" + slug);
        assertThat(answer.get("visibility").asString()).isEqualTo("private");
        assertThat(saved.getHeader("Location")).isEqualTo("/api/experiments/" + slug);
        // Acknowledged means stored: the service finds it without the API's help.
        assertThat(experiments.open(slug, Optional.of(ada.id()))).get()
                .extracting(Experiment::title).isEqualTo("Depth three");

        MockHttpServletResponse read = perform(get("/api/experiments/" + slug).session(session));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getHeader("Cache-Control")).contains("no-store");
        assertThat(withoutCreatedAt(read.getContentAsString())).isEqualTo(withoutCreatedAt(exported));
    }

    @Test
    void whoMayReadItFollowsTheExperimentsSharingAndPrivateLooksLikeMissing() throws Exception {
        MockHttpSession adaSession = signIn(ada);
        String privateSlug = slugOf(perform(save(adaSession, exported)));
        String unlistedSlug = slugOf(perform(save(adaSession, exported).param("visibility", "unlisted")));
        String courseSlug = slugOf(perform(save(adaSession, exported).param("visibility", "COURSE")));
        Account bob = ExperimentFixtures.account(accounts, "Bob");
        MockHttpSession bobSession = signIn(bob);

        MockHttpServletResponse missing = perform(get("/api/experiments/AAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(json.readTree(missing.getContentAsString()).get("error").asString())
                .isEqualTo(ExperimentApiController.NOT_FOUND);
        for (MockHttpServletRequestBuilder denied : new MockHttpServletRequestBuilder[] {
                get("/api/experiments/" + privateSlug), get("/api/experiments/" + privateSlug).session(bobSession),
                get("/api/experiments/" + courseSlug), get("/api/experiments/" + courseSlug).session(bobSession),
                get("/api/experiments/not-a-slug")}) {
            MockHttpServletResponse response = perform(denied);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).isEqualTo(missing.getContentAsString());
        }
        assertThat(perform(get("/api/experiments/" + unlistedSlug)).getStatus()).isEqualTo(200);

        CourseTestAccounts people = new CourseTestAccounts(accounts);
        Account teacher = people.instructor();
        Course course = courses.create(teacher, "Deep learning theory", "Spring", "");
        courses.join(ada, course.joinCode(), "10.9.0.1");
        courses.join(bob, course.joinCode(), "10.9.0.2");
        assertThat(perform(get("/api/experiments/" + courseSlug).session(bobSession)).getStatus()).isEqualTo(200);
        assertThat(perform(get("/api/experiments/" + privateSlug).session(bobSession)).getStatus()).isEqualTo(404);
    }

    @Test
    void withoutASignedInSessionNothingIsSavedAndTheAnswerIs401Json() throws Exception {
        MockHttpSession visitor = new MockHttpSession();
        MockHttpServletResponse response = perform(save(visitor, exported));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(json.readTree(response.getContentAsString()).get("error").asString()).startsWith("Sign in first");
    }

    @Test
    void withoutTheCsrfTokenASaveIsRefusedWith403JsonEvenWhenSignedIn() throws Exception {
        MockHttpSession session = signIn(ada);
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                post("/api/experiments").session(session).contentType("application/json").content(exported),
                post("/api/experiments").session(session).contentType("application/json").content(exported)
                        .header("X-CSRF-TOKEN", "forged")}) {
            MockHttpServletResponse response = perform(request);
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(json.readTree(response.getContentAsString()).get("error").asString())
                    .contains("CSRF token from GET /api/csrf");
        }
    }

    @Test
    void anInvalidFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        MockHttpSession session = signIn(ada);
        ObjectNode badDepth = (ObjectNode) json.readTree(exported);
        ((ObjectNode) badDepth.get("parameters")).put("depth", "NaN");
        assertRefused(save(session, ""), 400, "Not saved: The file is empty.");
        assertRefused(save(session, "{\"format\": "), 400, "Not saved: This is not a readable JSON file");
        assertRefused(save(session, "[1, 2]"), 400, "does not hold a JSON object");
        assertRefused(save(session, "{\"format\": \"something-else\"}"), 400, "not an experiment exported");
        assertRefused(save(session, badDepth.toString()), 400, "Parameter \"depth\"");
        assertRefused(save(session, exported).param("visibility", "public"), 400,
                "\"visibility\" must be private, course or unlisted.");
        assertRefused(save(session, exported).contentType("text/plain"), 415, "Content-Type: application/json");
        assertRefused(save(session, exported).contentType("no/such/type;;"), 415, "Content-Type: application/json");
        byte[] huge = ("{\"notes\": \"" + "x".repeat(ExperimentJson.MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(save(session, "").content(huge), 413, "larger than 5 MB");
        assertThat(experiments.count(ada.id(), org.learningmechanics.experiment.ExperimentQuery.NEWEST_FIRST))
                .as("only the experiment made in setUp").isEqualTo(1);
    }

    @Test
    void anAccountThatSavesTooOftenGets429WithRetryAfterWhileOthersStillSave() throws Exception {
        MockHttpSession session = signIn(ada);
        for (int i = 0; i < 5; i++) {
            assertThat(perform(save(session, exported)).getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse refused = perform(save(session, exported));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(json.readTree(refused.getContentAsString()).get("error").asString()).contains("try again");

        Account bob = ExperimentFixtures.account(accounts, "Bob");
        assertThat(perform(save(signIn(bob), exported)).getStatus()).isEqualTo(201);
    }

    /** Signs in as a script does: token, form post, and the session that comes back. */
    private MockHttpSession signIn(Account account) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse signedIn = perform(post("/signin").session(session)
                .param("username", account.email()).param("password", ExperimentFixtures.PASSWORD)
                .param("_csrf", token(session).get("token").asString()));
        assertThat(signedIn.getStatus()).isEqualTo(302);
        assertThat(signedIn.getRedirectedUrl()).doesNotContain("error");
        return session;
    }

    private JsonNode token(MockHttpSession session) throws Exception {
        MockHttpServletResponse response = perform(get("/api/csrf").session(session));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return json.readTree(response.getContentAsString());
    }

    /** A save with the session's current token in the header the token names. */
    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstSaveInsteadOfASecondCopy() throws Exception {
        MockHttpSession session = signIn(ada);
        MockHttpServletResponse first = perform(save(session, exported).header("Idempotency-Key", "run-42:a"));
        MockHttpServletResponse retry = perform(save(session, exported).header("Idempotency-Key", "run-42:a"));
        MockHttpServletResponse other = perform(save(session, exported).header("Idempotency-Key", "run-43:a"));

        assertThat(first.getHeader("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(slugOf(retry)).as("the same experiment, answered as the first time").isEqualTo(slugOf(first));
        assertThat(slugOf(other)).as("another key is another save").isNotEqualTo(slugOf(first));
        assertThat(jdbc.sql("select count(*) from experiment where owner = ? and idempotency_key like 'run-4%'")
                .param(ada.id()).query(Integer.class).single()).isEqualTo(2);

        Account bea = ExperimentFixtures.account(accounts, "Bea");
        MockHttpServletResponse beas = perform(save(signIn(bea), exported).header("Idempotency-Key", "run-42:a"));
        assertThat(slugOf(beas)).as("keys are each account's own").isNotEqualTo(slugOf(first));
        assertRefused(save(session, exported).header("Idempotency-Key", "not a key!"), 400, "Idempotency-Key");
    }

    private MockHttpServletRequestBuilder save(MockHttpSession session, String body) throws Exception {
        JsonNode token = token(session);
        return post("/api/experiments").session(session).contentType("application/json").content(body)
                .header(token.get("headerName").asString(), token.get("token").asString());
    }

    private void assertRefused(MockHttpServletRequestBuilder request, int status, String message) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(json.readTree(response.getContentAsString()).get("error").asString()).contains(message);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String slugOf(MockHttpServletResponse saved) throws Exception {
        assertThat(saved.getStatus()).isEqualTo(201);
        return json.readTree(saved.getContentAsString()).get("slug").asString();
    }

    private JsonNode withoutCreatedAt(String file) {
        ObjectNode tree = (ObjectNode) json.readTree(file);
        tree.remove("createdAt");
        return tree;
    }
}
