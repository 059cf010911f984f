package org.learningmechanics.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningmechanics.experiment.Visibility.COURSE;
import static org.learningmechanics.experiment.Visibility.PRIVATE;
import static org.learningmechanics.experiment.Visibility.UNLISTED;
import static org.learningmechanics.security.MatrixRows.May.ALLOWED;
import static org.learningmechanics.security.MatrixRows.May.REFUSED;
import static org.learningmechanics.security.MatrixRows.Sees.DATA;
import static org.learningmechanics.security.MatrixRows.Sees.NOT_FOUND;
import static org.learningmechanics.security.MatrixRows.Sees.NOT_YOURS;
import static org.learningmechanics.security.MatrixRows.Sees.NO_ROLE;
import static org.learningmechanics.security.MatrixRows.Sees.OPEN;
import static org.learningmechanics.security.MatrixRows.Sees.SIGN_IN;
import static org.learningmechanics.security.MatrixRows.call;
import static org.learningmechanics.security.MatrixRows.http;
import static org.learningmechanics.security.MatrixRows.view;
import static org.learningmechanics.security.MatrixWorld.Secret.ANSWER;
import static org.learningmechanics.security.MatrixWorld.Secret.LEARNER_EMAIL;
import static org.learningmechanics.security.MatrixWorld.Secret.OTHER_COURSE;
import static org.learningmechanics.security.MatrixWorld.Secret.PRIVATE_EXPERIMENT;
import static org.learningmechanics.security.MatrixWorld.Secret.SHARED_EXPERIMENT;
import static org.learningmechanics.security.MatrixWorld.Secret.UNLISTED_EXPERIMENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountException;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.account.Role;
import org.learningmechanics.account.ui.SignInView;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.AssignmentDraft;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseService;
import org.learningmechanics.course.CourseTestAccounts;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.progress.ProgressRepository;
import org.learningmechanics.security.MatrixRows.Call;
import org.learningmechanics.security.MatrixRows.Calls;
import org.learningmechanics.security.MatrixRows.HttpRow;
import org.learningmechanics.security.MatrixRows.Sees;
import org.learningmechanics.security.MatrixRows.ServiceRow;
import org.learningmechanics.security.MatrixRows.ViewRow;
import org.learningmechanics.security.MatrixWorld.Secret;
import org.learningmechanics.security.MatrixWorld.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may open what: every view, every HTTP endpoint and every experiment call, for someone not signed in, a
 * learner, another learner, the learner's instructor, another instructor and the administrator. The three tables
 * below are the policy; each cell is one test. Views are opened in browserless Vaadin and their whole component tree
 * (grids' rows and dialogs included) is searched for private text the person may not know ({@link Secret}); HTTP
 * requests go through the real security filter chain.
 *
 * <p>The course services' own checks (every call of CourseService, CourseAssignments and CourseDashboard refused to
 * another instructor, a learner, an administrator and no one) are in
 * {@code org.learningmechanics.course.CourseAuthorisationTest}; here they are seen through the views.
 */
@SpringBootTest
class AuthorisationMatrixTest extends SpringBrowserlessTest {

    /** The calls behind the experiment views, each made by {@code by} on {@code target}, an experiment of "learner". */
    static final Call OPEN_IT = (c, by, target) -> c.experiments().open(target.slug(), Optional.ofNullable(by))
            .orElseThrow(() -> new ExperimentException("not readable"));
    static final Call FORK = (c, by, target) -> assertThat(c.experiments().fork(by, target.slug()).ownedBy(by))
            .isTrue();
    static final Call OWN = (c, by, target) -> c.experiments().own(by, target.id());
    static final Call RENAME = (c, by, target) -> c.experiments().rename(by, target.id(), "Renamed");
    static final Call MAKE_UNLISTED = (c, by, target) -> c.experiments().changeVisibility(by, target.id(), UNLISTED);
    static final Call REPLACE_RUN = (c, by, target) -> c.experiments().replaceRun(by, target.id(), c.run());
    static final Call DELETE = (c, by, target) -> c.experiments().delete(by, target.id());
    static final Call SAVE = (c, by, target) -> assertThat(c.experiments().save(by, c.run(), "Mine", "", PRIVATE)
            .ownedBy(by)).isTrue();
    static final Call IMPORT = (c, by, target) -> assertThat(c.experiments().importFor(by,
            c.files().read(c.files().export(target).getBytes(StandardCharsets.UTF_8))).ownedBy(by)).isTrue();

    // @formatter:off
    static final List<ViewRow> VIEWS = List.of(
        //    location                           anonymous  learner    other l.   instructor other i.   admin
        view("",                                 OPEN,      OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        view("chapters/deep-linear-networks",    OPEN,      DATA,      OPEN,      OPEN,      OPEN,      OPEN)
                .showing(ANSWER),
        view("search?q=deep",                    OPEN,      OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        view("signin",                           OPEN,      DATA,      OPEN,      OPEN,      OPEN,      OPEN)
                .showing(LEARNER_EMAIL).landingOn("account"),
        view("signup",                           OPEN,      OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        view("account",                          SIGN_IN,   DATA,      OPEN,      OPEN,      OPEN,      OPEN)
                .showing(Secret.COURSE),
        view("back?to=x/{private}",              SIGN_IN,   DATA,      NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
                .showing(PRIVATE_EXPERIMENT).landingOn("x/{private}"),
        view("x/{private}",                      NOT_FOUND, DATA,      NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
                .showing(PRIVATE_EXPERIMENT),
        view("x/{shared}",                       NOT_FOUND, DATA,      NOT_FOUND, DATA,      NOT_FOUND, NOT_FOUND)
                .showing(SHARED_EXPERIMENT),
        view("x/{unlisted}",                     DATA,      DATA,      DATA,      DATA,      DATA,      DATA)
                .showing(UNLISTED_EXPERIMENT),
        view("compare?e={private}&e={unlisted}", NOT_FOUND, DATA,      NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND)
                .showing(PRIVATE_EXPERIMENT),
        view("compare?e={shared}&e={unlisted}",  NOT_FOUND, DATA,      NOT_FOUND, DATA,      NOT_FOUND, NOT_FOUND)
                .showing(SHARED_EXPERIMENT),
        view("experiments",                      SIGN_IN,   DATA,      OPEN,      OPEN,      OPEN,      OPEN)
                .showing(PRIVATE_EXPERIMENT, SHARED_EXPERIMENT),
        view("run/deep-linear?depth=3&seed=7",   OPEN,      OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        // An administrator may do what an instructor may (AccountUserDetailsService): teach courses of their own,
        // and no more: no one else's course.
        view("teaching",                         SIGN_IN,   NO_ROLE,   NO_ROLE,   DATA,      DATA,      OPEN)
                .showing(Secret.COURSE, OTHER_COURSE),
        view("teaching/{course}",                SIGN_IN,   NO_ROLE,   NO_ROLE,   DATA,      NOT_YOURS, NOT_YOURS)
                .showing(Secret.COURSE, LEARNER_EMAIL),
        view("teaching/{otherCourse}",           SIGN_IN,   NO_ROLE,   NO_ROLE,   NOT_YOURS, DATA,      NOT_YOURS)
                .showing(OTHER_COURSE),
        // The code alone shows nothing of the course: joining takes a press of the button.
        view("join/{code}",                      SIGN_IN,   OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        view("join",                             SIGN_IN,   OPEN,      OPEN,      OPEN,      OPEN,      OPEN),
        view("courses",                          SIGN_IN,   DATA,      OPEN,      OPEN,      OPEN,      OPEN)
                .showing(Secret.COURSE));

    static final List<HttpRow> ENDPOINTS = List.of(
        //    request                                             anon. learner other l. instr. other i. admin
        http("GET /api/simulations",                              200,  200,    200,     200,   200,     200),
        http("GET /api/simulations/deep-linear",                  200,  200,    200,     200,   200,     200),
        http("GET /api/simulations/deep-linear/run?seed=3",       200,  200,    200,     200,   200,     200),
        http("GET /api/simulations/deep-linear/run.csv?seed=3",   200,  200,    200,     200,   200,     200),
        // The API is read-only: whoever asks, nothing that would change state is taken (a JSON 403 without the
        // CSRF token any other site's form or script lacks, 405 with it).
        http("POST /api/simulations",                             403,  403,    403,     403,   403,     403),
        http("PUT /api/simulations/deep-linear",                  403,  403,    403,     403,   403,     403),
        http("PATCH /api/simulations/deep-linear",                403,  403,    403,     403,   403,     403),
        http("DELETE /api/simulations/deep-linear",               403,  403,    403,     403,   403,     403),
        http("POST /api/simulations/deep-linear/run?seed=3",      403,  403,    403,     403,   403,     403),
        http("POST+csrf /api/simulations/deep-linear/run?seed=3", 405,  405,    405,     405,   405,     405),
        http("DELETE+csrf /api/simulations/deep-linear",          405,  405,    405,     405,   405,     405),
        // Experiments over HTTP: read by the rules of the page /x/{slug} (a private or course experiment the asker
        // may not see is the same 404 as a missing one); saved only by a signed-in reader with the session's CSRF
        // token (an empty body is then refused as not JSON).
        http("GET /api/csrf",                                     200,  200,    200,     200,   200,     200),
        http("GET /api/experiments/{private}",                    404,  200,    404,     404,   404,     404),
        http("GET /api/experiments/{shared}",                     404,  200,    404,     200,   404,     404),
        http("GET /api/experiments/{unlisted}",                   200,  200,    200,     200,   200,     200),
        http("GET /api/experiments/AAAAAAAAAAAAAAAAAAAAAA",       404,  404,    404,     404,   404,     404),
        http("POST /api/experiments",                             403,  403,    403,     403,   403,     403),
        http("POST+csrf /api/experiments",                        401,  415,    415,     415,   415,     415),
        http("DELETE+csrf /api/experiments/{unlisted}",           405,  405,    405,     405,   405,     405),
        // Signing in and out: posts of this site's own forms only.
        http("POST /signin?username=x@example.org&password=p",    403,  403,    403,     403,   403,     403),
        http("POST+csrf /signin?username=x@example.org&password=p", 302, 302,   302,     302,   302,     302)
                .redirectingTo("/signin?error"),
        http("POST /logout",                                      403,  403,    403,     403,   403,     403),
        http("POST+csrf /logout",                                 302,  302,    302,     302,   302,     302)
                .redirectingTo("/"));

    static final List<ServiceRow> EXPERIMENT_CALLS = List.of(
        //    call              on an experiment of "learner"  anon.    learner  other l. instr.   other i. admin
        call("open",             PRIVATE,  OPEN_IT,            REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("open",             COURSE,   OPEN_IT,            REFUSED, ALLOWED, REFUSED, ALLOWED, REFUSED, REFUSED),
        call("open",             UNLISTED, OPEN_IT,            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        call("fork",             PRIVATE,  FORK,               REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("fork",             COURSE,   FORK,               REFUSED, ALLOWED, REFUSED, ALLOWED, REFUSED, REFUSED),
        call("fork",             UNLISTED, FORK,               REFUSED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        call("own",              COURSE,   OWN,                REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("rename",           COURSE,   RENAME,             REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("changeVisibility", COURSE,   MAKE_UNLISTED,      REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("replaceRun",       COURSE,   REPLACE_RUN,        REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("delete",           COURSE,   DELETE,             REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        call("delete",           UNLISTED, DELETE,             REFUSED, ALLOWED, REFUSED, REFUSED, REFUSED, REFUSED),
        // Keeping something new needs an account, and it is kept under the caller's own.
        call("save",             PRIVATE,  SAVE,               REFUSED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        call("importFor",        PRIVATE,  IMPORT,             REFUSED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED));
    // @formatter:on

    /** Made once: the fixtures are only read by the cells (service calls act on experiments of their own). */
    private static MatrixWorld world;

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    CourseService courses;
    @Autowired
    CourseAssignments assignments;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ProgressRepository progress;
    @Autowired
    ChapterCatalog chapters;
    @Autowired
    ExperimentJson files;
    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void theWorld() {
        if (world == null) {
            world = new MatrixWorld(accounts, courses, assignments, experiments, progress, chapters);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> viewCells() {
        return VIEWS.stream().flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("viewCells")
    void everyViewShowsEachPersonOnlyWhatIsTheirs(ViewRow row, Who who, Sees expected) {
        signIn(who);
        String location = world.resolve(row.location());
        int q = location.indexOf('?');
        UI.getCurrent().navigate(q < 0 ? location : location.substring(0, q),
                QueryParameters.fromString(q < 0 ? "" : location.substring(q + 1)));
        roundTrip();

        var view = getCurrentView();
        // Forwarding (sign-in to the account page, back to where one came from) is for those signed in.
        Class<? extends Component> target = routeOf(who == Who.ANONYMOUS ? row.location() : row.landsOn());
        String rendered = RenderedText.of(UI.getCurrent());
        String cell = row + " as " + who;
        switch (expected) {
            case SIGN_IN -> assertThat(view).as(cell).isInstanceOf(SignInView.class);
            case NO_ROLE -> assertThat(view).as(cell).isInstanceOf(RouteNotFoundError.class);
            default -> assertThat(view).as(cell).isInstanceOf(target);
        }
        if (expected.says != null) {
            assertThat(rendered).as(cell).contains(expected.says);
        }
        if (expected == DATA) {
            for (Secret secret : row.shows()) {
                if (secret.mayBeKnownBy(who)) {
                    assertThat(world.texts.get(secret)).as("%s: %s shown", cell, secret)
                            .anyMatch(rendered::contains);
                }
            }
        }
        for (Secret secret : Secret.values()) {
            if (!secret.mayBeKnownBy(who)) {
                assertThat(world.texts.get(secret)).as("%s: %s must not be there", cell, secret)
                        .noneMatch(rendered::contains);
            }
        }
    }

    static Stream<Arguments> httpCells() {
        return ENDPOINTS.stream().flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("httpCells")
    void everyEndpointAnswersEachPersonAsThePolicySays(HttpRow row, Who who, int expected) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String[] request = row.request().split(" ", 2);
        String method = request[0].replace("+csrf", "");
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
                world.resolve(request[1]));
        if (request[0].endsWith("+csrf")) {
            builder.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            builder.with(user(userDetails(who)));
        }
        MvcResult result = mvc.perform(builder).andReturn();
        var response = result.getResponse();
        assertThat(response.getStatus()).as(row + " as " + who).isEqualTo(expected);
        if (expected == 403 && request[1].startsWith("/api/")) {
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(response.getContentAsString()).contains("\"error\"").contains("This request was refused.");
        }
        if (row.redirect() != null) {
            assertThat(response.getRedirectedUrl()).isEqualTo(row.redirect());
        }
    }

    static Stream<Arguments> serviceCells() {
        return EXPERIMENT_CALLS.stream().flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    /** Each cell acts on a fresh experiment of "learner", so an allowed delete or rename harms no other cell. */
    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("serviceCells")
    void everyExperimentCallChecksWhoIsAsking(ServiceRow row, Who who, MatrixRows.May expected) throws Exception {
        Experiment target = experiments.save(world.learner().id(), world.run, "Target " + world.tag, "notes",
                row.target());
        UUID by = who == Who.ANONYMOUS ? null : world.as(who).id();
        Calls calls = new Calls(experiments, files, world.run);
        if (expected == ALLOWED) {
            row.body().on(calls, by, target);
            return;
        }
        assertThatThrownBy(() -> row.body().on(calls, by, target)).isInstanceOf(ExperimentException.class);
        Experiment after = experiments.own(world.learner().id(), target.id());
        assertThat(List.of(after.title(), after.visibility(), after.seed(), after.simulationVersion()))
                .isEqualTo(List.of(target.title(), target.visibility(), target.seed(), target.simulationVersion()));
        assertThat(files.export(after)).as("the stored run").isEqualTo(files.export(target));
    }

    /** There is no page for it yet, but the call is there: only an administrator may change what an account may do. */
    @ParameterizedTest(name = "grantRole by {0}")
    @EnumSource(Who.class)
    void onlyTheAdministratorChangesWhatAnAccountMayDo(Who who) {
        Account someone = new CourseTestAccounts(accounts).learner("Someone");
        if (who == Who.ADMIN) {
            accounts.grantRole(world.as(who), someone.id(), Role.INSTRUCTOR);
        } else {
            assertThatThrownBy(() -> accounts.grantRole(world.as(who), someone.id(), Role.ADMIN))
                    .isInstanceOf(AccountException.class);
        }
        assertThat(users.loadUserByUsername(someone.email()).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrderElementsOf(who == Who.ADMIN ? List.of("ROLE_LEARNER", "ROLE_INSTRUCTOR")
                        : List.of("ROLE_LEARNER"));
    }

    /**
     * Downloads are the one way past a view's navigation check: an export link keeps working while its page is
     * open. Each must ask again, when it is followed, whether the person following it may still read the thing.
     */
    @Test
    void anExperimentsExportLinksAskAgainWhoIsDownloading() throws Exception {
        Experiment shared = experiments.save(world.learner().id(), world.run, "Exported " + world.tag, "",
                COURSE);
        signIn(Who.INSTRUCTOR);
        UI.getCurrent().navigate(shared.path());
        List<Anchor> links = List.of($(Anchor.class).id("export-json"), $(Anchor.class).id("export-csv"));
        for (Anchor link : links) {
            assertThat(DownloadProbe.follow(link).status()).as(link.getId().orElseThrow()).isEqualTo(200);
        }
        assertThat(DownloadProbe.follow(links.getFirst()).body()).contains(shared.title());

        experiments.changeVisibility(world.learner().id(), shared.id(), PRIVATE);
        for (Anchor link : links) {
            DownloadProbe.Answer answer = DownloadProbe.follow(link);
            assertThat(answer.status()).as(link.getId().orElseThrow()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(shared.title()).doesNotContain("\"series\"");
        }
        signIn(Who.LEARNER);
        assertThat(DownloadProbe.follow(links.getFirst()).status()).as("the owner still may").isEqualTo(200);
    }

    @Test
    void aCoursesExportLinksAskAgainWhetherTheInstructorStillTeachesIt() throws Exception {
        CourseTestAccounts make = new CourseTestAccounts(accounts);
        Account teacher = make.instructor("Temporary Teacher");
        Account learner = make.learner("Exported Learner");
        Course course = courses.create(teacher, "Exports " + world.tag, "", "");
        courses.join(learner, course.joinCode(), "203.0.113.8");
        LocalDateTime now = LocalDateTime.now();
        assignments.save(teacher, course.id(), null, new AssignmentDraft(MatrixWorld.CHAPTER, List.of(),
                now.minusDays(1), now.plusDays(1), "UTC"));
        progress.of(learner.id()).answered(MatrixWorld.CHAPTER, MatrixWorld.CHECKPOINT, "0.5", false, 1);
        signIn(teacher);
        UI.getCurrent().navigate("teaching/" + course.id());
        List<Anchor> exports = $(Anchor.class).all().stream()
                .filter(a -> a.getElement().hasAttribute("download")).toList();
        assertThat(exports).as("the dashboard's CSV exports").hasSizeGreaterThanOrEqualTo(2);
        for (Anchor link : exports) {
            DownloadProbe.Answer answer = DownloadProbe.follow(link);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains(learner.email());
        }

        accounts.grantRole(world.as(Who.ADMIN), teacher.id(), Role.LEARNER);
        for (Anchor link : exports) {
            DownloadProbe.Answer answer = DownloadProbe.follow(link);
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain(learner.email());
        }
    }

    /** Course pages refuse an instructor made a learner again; what learners share with the course must, too. */
    @Test
    void anInstructorMadeALearnerAgainNoLongerOpensWhatTheirLearnersShare() {
        CourseTestAccounts make = new CourseTestAccounts(accounts);
        Account teacher = make.instructor("Former Teacher");
        Account learner = make.learner("Sharing Learner");
        Course course = courses.create(teacher, "Former " + world.tag, "", "");
        courses.join(learner, course.joinCode(), "203.0.113.9");
        Experiment shared = experiments.save(learner.id(), world.run, "For my teacher " + world.tag, "", COURSE);
        assertThat(experiments.open(shared.slug(), Optional.of(teacher.id()))).isPresent();

        accounts.grantRole(world.as(Who.ADMIN), teacher.id(), Role.LEARNER);
        assertThat(experiments.open(shared.slug(), Optional.of(teacher.id()))).isEmpty();
        assertThat(experiments.open(shared.slug(), Optional.of(learner.id()))).as("the owner still may").isPresent();
    }

    @Test
    void everyRouteOfTheApplicationHasARowInTheViewMatrix() {
        Set<Class<?>> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).collect(Collectors.toSet());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> annotated = scanner.findCandidateComponents("org.learningmechanics").stream()
                .map(bean -> bean.getBeanClassName()).collect(Collectors.toSet());
        Set<Class<?>> inMatrix = VIEWS.stream().map(row -> routeOf(row.location()))
                .collect(Collectors.toSet());

        assertThat(registered.stream().map(Class::getName).collect(Collectors.toSet()))
                .as("routes Vaadin knows = classes with @Route").isEqualTo(annotated);
        assertThat(inMatrix).as("every route has a row in VIEWS").containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void theMatrixIsConsistentWithWhoMayKnowWhat() {
        for (ViewRow row : VIEWS) {
            row.cells().forEach((who, sees) -> {
                if (sees == DATA) {
                    assertThat(row.shows()).as(row + " as " + who + " shows something they may know")
                            .anyMatch(secret -> secret.mayBeKnownBy(who));
                }
            });
        }
    }

    private static Class<? extends Component> routeOf(String location) {
        String path = world.resolve(location);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return RouteConfiguration.forApplicationScope().getRoute(bare.isEmpty() ? "" : bare)
                .orElseThrow(() -> new AssertionError("no route for " + location));
    }

    private UserDetails userDetails(Who who) {
        return users.loadUserByUsername(world.as(who).email());
    }

    private void signIn(Who who) {
        if (who == Who.ANONYMOUS) {
            SecurityContextHolder.clearContext();
        } else {
            signIn(world.as(who));
        }
    }

    /** From now on requests come from this account, as after a real sign-in (with its real authorities). */
    private void signIn(Account account) {
        UserDetails user = users.loadUserByUsername(account.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
