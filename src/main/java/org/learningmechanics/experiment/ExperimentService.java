package org.learningmechanics.experiment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.learningmechanics.course.CourseService;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving, opening, listing, changing and forking experiments. Who may read or change what is decided here, on every
 * call, from the account the caller passes in (which views take from {@code CurrentAccount}, never from the page).
 */
@Service
public class ExperimentService {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_NOTES_LENGTH = 4000;
    private static final int SLUG_ATTEMPTS = 5;

    private final ExperimentRepository repository;
    private final CourseService courses;

    ExperimentService(ExperimentRepository repository, CourseService courses) {
        this.repository = repository;
        this.courses = courses;
    }

    /** A finished run, exactly as the reader saw it. */
    public record Run(Simulation simulation, ParameterValues parameters, long seed, SimulationResult result) {
    }

    /**
     * Keeps a run under the owner's name, shared as they choose (private, with their courses, or unlisted).
     *
     * @throws ExperimentException when the title or notes are not acceptable
     */
    @Transactional
    public Experiment save(UUID owner, Run run, String title, String notes, Visibility visibility) {
        var d = run.simulation().descriptor();
        return insert(new ExperimentRepository.NewExperiment(null, signedIn(owner), d.id(), d.version(),
                run.parameters().asMap(), run.seed(), run.result(), checkedTitle(title), checkedNotes(notes),
                offered(visibility), null, null));
    }

    /** The experiment behind a link, if the viewer (empty for a visitor) may see it; otherwise nothing, either way. */
    public Optional<Experiment> open(String slug, Optional<UUID> viewer) {
        if (!Slugs.wellFormed(slug)) {
            return Optional.empty();
        }
        return repository.findBySlug(slug).filter(e -> mayRead(e, viewer));
    }

    /**
     * The owner sees everything of theirs; anyone sees an unlisted experiment; one shared with the owner's courses
     * is seen by those who teach or take a course with them; a private one by no one else.
     */
    boolean mayRead(Experiment experiment, Optional<UUID> viewer) {
        return viewer.map(experiment::ownedBy).orElse(false) || experiment.visibility() == Visibility.UNLISTED
                || experiment.visibility() == Visibility.COURSE
                && viewer.map(v -> courses.sharesACourse(v, experiment.owner())).orElse(false);
    }

    /** What the owner shares with their courses, newest first: for the course dashboard. */
    List<ExperimentSummary> sharedWithCourses(UUID owner) {
        return repository.list(owner, ExperimentQuery.NEWEST_FIRST, 0, 500).stream()
                .filter(e -> e.visibility() == Visibility.COURSE).toList();
    }

    /** Copies an experiment the forker may see into their own, remembering where it came from. */
    @Transactional
    public Experiment fork(UUID forker, String slug) {
        Experiment parent = open(slug, Optional.of(signedIn(forker)))
                .orElseThrow(() -> new ExperimentException("That experiment is not there or not shared with you."));
        String title = abbreviate("Fork of " + parent.title(), MAX_TITLE_LENGTH);
        return insert(new ExperimentRepository.NewExperiment(null, forker, parent.simulationId(),
                parent.simulationVersion(), parent.parameters(), parent.seed(), parent.result(), title,
                parent.notes(), Visibility.PRIVATE, parent.id(), parent.importProblem()));
    }

    /** Replaces the run an owner keeps in one of their experiments (a fork with changed parameters, say). */
    @Transactional
    public Experiment replaceRun(UUID owner, long id, Run run) {
        Experiment mine = own(owner, id);
        var d = run.simulation().descriptor();
        if (!d.id().equals(mine.simulationId())) {
            throw new ExperimentException("This experiment is of another simulation.");
        }
        repository.replaceRun(owner, id, d.version(), run.parameters().asMap(), run.seed(), run.result());
        return own(owner, id);
    }

    public List<ExperimentSummary> list(UUID owner, ExperimentQuery query, int offset, int limit) {
        return repository.list(owner, query, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    public int count(UUID owner, ExperimentQuery query) {
        return repository.count(owner, query);
    }

    public List<String> simulationsOf(UUID owner) {
        return repository.simulationsOf(owner);
    }

    /** The owner's own experiment by id; anyone else's is "not found". */
    public Experiment own(UUID owner, long id) {
        return repository.findById(id).filter(e -> e.ownedBy(owner))
                .orElseThrow(() -> new ExperimentException("That experiment is not one of yours, or it was deleted."));
    }

    @Transactional
    public void rename(UUID owner, long id, String title) {
        changed(repository.updateTitle(owner, id, checkedTitle(title)));
    }

    @Transactional
    public void changeVisibility(UUID owner, long id, Visibility visibility) {
        changed(repository.updateVisibility(owner, id, offered(visibility)));
    }

    @Transactional
    public void delete(UUID owner, long id) {
        changed(repository.delete(owner, id));
    }

    /** Stores an experiment read from an exported file (already validated by {@link ExperimentJson}), private. */
    @Transactional
    public Experiment importFor(UUID owner, ExperimentJson.Imported file) {
        return importFor(owner, file, Visibility.PRIVATE);
    }

    /** Stores an experiment read from an exported file, shared as the owner chooses. */
    @Transactional
    public Experiment importFor(UUID owner, ExperimentJson.Imported file, Visibility visibility) {
        return importOnce(owner, file, visibility, null).experiment();
    }

    /** What {@link #importOnce} did: saved the file now, or found it saved before under the same key. */
    public record Import(Experiment experiment, boolean replayed) {
    }

    /**
     * Stores an experiment read from an exported file, once per idempotency key: when the owner already saved one
     * under {@code key} (a retry whose first answer was lost), that one is returned and nothing is stored. Without a
     * key (null) every call is a new save.
     */
    @Transactional
    public Import importOnce(UUID owner, ExperimentJson.Imported file, Visibility visibility, String key) {
        UUID account = signedIn(owner);
        if (key != null) {
            Optional<Experiment> before = repository.findByIdempotencyKey(account, key);
            if (before.isPresent()) {
                return new Import(before.get(), true);
            }
        }
        return insertOnce(new ExperimentRepository.NewExperiment(null, account, file.simulationId(), file.version(),
                file.parameters(), file.seed(), file.result(), checkedTitle(file.title()), checkedNotes(file.notes()),
                offered(visibility), null, file.problem(), key));
    }

    private Experiment insert(ExperimentRepository.NewExperiment draft) {
        return insertOnce(draft).experiment();
    }

    private Import insertOnce(ExperimentRepository.NewExperiment draft) {
        for (int attempt = 1; ; attempt++) {
            var id = repository.insert(draft.withSlug(Slugs.next()));
            if (id.isPresent()) {
                return new Import(repository.findById(id.get()).orElseThrow(), false);
            }
            if (draft.idempotencyKey() != null) {
                // A save with the same key committed meanwhile (a retry racing its original): that one stands.
                Optional<Experiment> same = repository.findByIdempotencyKey(draft.owner(), draft.idempotencyKey());
                if (same.isPresent()) {
                    return new Import(same.get(), true);
                }
            }
            // The slug was taken: 128 random bits make this all but impossible; try a fresh one rather than fail.
            if (attempt == SLUG_ATTEMPTS) {
                throw new IllegalStateException(SLUG_ATTEMPTS + " random slugs in a row were taken");
            }
        }
    }

    /**
     * The account a new experiment will belong to. Without one the call is refused like any other call without a
     * right to it, not by a NullPointerException or the database's not-null constraint: an unlisted experiment is
     * readable by anyone, but a copy needs someone to own it.
     */
    private static UUID signedIn(UUID owner) {
        if (owner == null) {
            throw new ExperimentException("Sign in to keep experiments: they are kept under your account.");
        }
        return owner;
    }

    private static Visibility offered(Visibility visibility) {
        if (!Visibility.offered().contains(visibility)) {
            throw new ExperimentException("Choose private, shared with your courses, or anyone with the link.");
        }
        return visibility;
    }

    private static void changed(boolean updated) {
        if (!updated) {
            throw new ExperimentException("That experiment is not one of yours, or it was deleted.");
        }
    }

    static String checkedTitle(String title) {
        String t = clean(title);
        if (t.isEmpty()) {
            throw new ExperimentException("Give the experiment a title.");
        }
        if (t.length() > MAX_TITLE_LENGTH) {
            throw new ExperimentException("A title may have at most " + MAX_TITLE_LENGTH + " characters.");
        }
        return t;
    }

    static String checkedNotes(String notes) {
        String n = notes == null ? "" : notes.strip();
        if (n.length() > MAX_NOTES_LENGTH) {
            throw new ExperimentException("Notes may have at most " + MAX_NOTES_LENGTH + " characters.");
        }
        return n.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    /** One line of text: stripped, control characters and line breaks gone. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
