package org.learningmechanics.experiment.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountRepository;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Experiments over HTTP, for scripts and notebooks: save one from the same JSON file the book exports, and read one
 * back as that file. Saving needs a signed-in session and its CSRF token (see README, "HTTP API"); reading follows
 * the same rules as opening the link in the book.
 */
@RestController
@RequestMapping("/api/experiments")
class ExperimentApiController {

    static final String NOT_FOUND = "There is no experiment at this address that you may see. (A private experiment "
            + "is visible only to its owner; a course one only to the owner's courses.)";

    private final ExperimentService experiments;
    private final ExperimentJson files;
    private final AccountRepository accounts;
    private final SaveThrottle throttle;

    ExperimentApiController(ExperimentService experiments, ExperimentJson files, AccountRepository accounts,
                            SaveThrottle throttle) {
        this.experiments = experiments;
        this.files = files;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /**
     * Stores the exported experiment in the body under the signed-in reader's name. The 201 is written only after
     * {@link ExperimentService#importFor} has returned, that is after its transaction has committed: a client that
     * holds a 201 holds a saved experiment, whatever happens to the server next.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> save(@RequestParam(defaultValue = "private") String visibility,
                                             @AuthenticationPrincipal UserDetails user, HttpServletRequest request)
            throws IOException {
        UUID owner = account(user).orElseThrow(() -> new ApiRefusal(HttpStatus.UNAUTHORIZED,
                "Sign in first: saving an experiment needs a signed-in session (see the README, \"HTTP API\")."));
        requireJson(request.getContentType());
        Visibility shared = visibility(visibility);
        if (request.getContentLengthLong() > ExperimentJson.MAX_BYTES) {
            throw tooLarge();
        }
        String key = idempotencyKey(request.getHeader(IDEMPOTENCY_KEY));
        if (!throttle.tryAcquire(owner)) {
            throw new ApiRefusal(HttpStatus.TOO_MANY_REQUESTS, "You have saved " + throttle.limit()
                    + " experiments in the last minute, the most one account may; try again in a minute.");
        }
        ExperimentJson.Imported file = files.read(body(request));
        ExperimentService.Import once = experiments.importOnce(owner, file, shared, key);
        Experiment saved = once.experiment();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("slug", saved.slug());
        answer.put("url", "/" + saved.path());
        answer.put("api", "/api/experiments/" + saved.slug());
        answer.put("title", saved.title());
        answer.put("visibility", saved.visibility().name().toLowerCase(Locale.ROOT));
        saved.problem().ifPresent(problem -> answer.put("problem", problem));
        // A retry answers as the save it repeats did, and says so: the experiment exists once, saved the first time.
        return ResponseEntity.created(URI.create("/api/experiments/" + saved.slug()))
                .header("Idempotent-Replayed", Boolean.toString(once.replayed())).body(answer);
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** The client's name for this save, if it gave one; a malformed one is refused rather than ignored. */
    private static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "\"Idempotency-Key\" must be 1 to 100 letters, digits or "
                    + ". _ : - (a UUID will do).");
        }
        return header;
    }

    /** The experiment as its exported file, if the caller may see it; missing and not shared answer alike. */
    @GetMapping(value = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> open(@PathVariable String slug, @AuthenticationPrincipal UserDetails user) {
        Experiment experiment = experiments.open(slug, account(user))
                .orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, NOT_FOUND));
        // Its owner may make it private at any moment: nothing in between should keep a copy.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(files.export(experiment));
    }

    /** The account behind the session; none for a visitor, or for a session whose account was deleted since. */
    private Optional<UUID> account(UserDetails user) {
        return Optional.ofNullable(user).flatMap(u -> accounts.findByEmail(u.getUsername())).map(Account::id);
    }

    private static void requireJson(String contentType) {
        boolean json;
        try {
            json = contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(
                    contentType));
        } catch (InvalidMediaTypeException unreadable) {
            json = false;
        }
        if (!json) {
            throw new ApiRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the exported experiment as the body with Content-Type: application/json.");
        }
    }

    private static Visibility visibility(String name) {
        for (Visibility v : Visibility.offered()) {
            if (v.name().equalsIgnoreCase(name.strip())) {
                return v;
            }
        }
        throw new ApiRefusal(HttpStatus.BAD_REQUEST, "\"visibility\" must be private, course or unlisted.");
    }

    /** At most one byte over the limit is read, whatever the client says or sends: more is never held in memory. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(ExperimentJson.MAX_BYTES + 1);
        }
        if (body.length > ExperimentJson.MAX_BYTES) {
            throw tooLarge();
        }
        return body;
    }

    private static ApiRefusal tooLarge() {
        return new ApiRefusal(HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than 5 MB; an exported experiment is much smaller.");
    }
}
