package org.learningmechanics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.sim.ParameterValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Experiments against a real PostgreSQL: what is kept, who may see it, and what owners may change. */
@SpringBootTest
class ExperimentServiceTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    org.learningmechanics.course.CourseService courses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExperimentRepository repository;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    Account ada;
    Account bea;
    ExperimentService.Run run = ExperimentFixtures.deepLinear(3);

    @BeforeEach
    void accounts() {
        ada = ExperimentFixtures.account(accounts, "Ada");
        bea = ExperimentFixtures.account(accounts, "Bea");
    }

    @Test
    void aSavedExperimentReadsBackExactlyAsTheRunWas() {
        Experiment saved = experiments.save(ada.id(), run, "  Depth three  ", "Slower than depth two.",
                Visibility.PRIVATE);

        Experiment read = experiments.open(saved.slug(), Optional.of(ada.id())).orElseThrow();
        assertThat(read.title()).isEqualTo("Depth three");
        assertThat(read.notes()).isEqualTo("Slower than depth two.");
        assertThat(read.ownerName()).isEqualTo("Ada");
        assertThat(read.simulationId()).isEqualTo("deep-linear");
        assertThat(read.simulationVersion()).isEqualTo(run.simulation().descriptor().version());
        assertThat(read.seed()).isEqualTo(1L);
        assertThat(ParameterValues.of(run.simulation().descriptor(), read.parameters())).isEqualTo(run.parameters());
        assertThat(read.result()).isEqualTo(run.result());
        assertThat(read.result().agreement()).isEqualTo(run.result().agreement());
        assertThat(read.result().series().keySet()).containsExactlyElementsOf(run.result().series().keySet());
        assertThat(read.result().metrics().keySet()).containsExactlyElementsOf(run.result().metrics().keySet());
        assertThat(read.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(read.parent()).isEmpty();
    }

    @Test
    void slugsCarry128RandomBitsInTwentyTwoUrlSafeCharactersAndNeverRepeat() {
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            slugs.add(Slugs.next());
        }
        assertThat(slugs).hasSize(10_000).allMatch(s -> s.matches("[A-Za-z0-9_-]{22}"));
        // every character position varies: no fixed prefix or counter hides in the randomness
        for (int position = 0; position < 21; position++) {
            int p = position;
            assertThat(slugs.stream().map(s -> s.charAt(p)).distinct().count()).isGreaterThan(60);
        }
        Experiment a = experiments.save(ada.id(), run, "a", "", Visibility.PRIVATE);
        Experiment b = experiments.save(ada.id(), run, "b", "", Visibility.PRIVATE);
        assertThat(a.slug()).isNotEqualTo(b.slug()).hasSize(22);
    }

    @Test
    void aTakenSlugIsRefusedWithoutSpoilingTheTransactionSoAnotherSlugCanBeTriedInIt() {
        Experiment first = experiments.save(ada.id(), run, "First", "", Visibility.PRIVATE);
        ExperimentRepository.NewExperiment clash = new ExperimentRepository.NewExperiment(first.slug(), ada.id(),
                first.simulationId(), first.simulationVersion(), first.parameters(), first.seed(), first.result(),
                "Clash", "", Visibility.PRIVATE, null, null);
        String fresh = Slugs.next();

        Long saved = transactions.execute(status -> {
            assertThat(repository.insert(clash)).as("the slug is taken").isEmpty();
            return repository.insert(new ExperimentRepository.NewExperiment(fresh, clash.owner(),
                    clash.simulationId(), clash.simulationVersion(), clash.parameters(), clash.seed(),
                    clash.result(), clash.title(), clash.notes(), clash.visibility(), null, null)).orElseThrow();
        });

        assertThat(repository.findById(saved)).hasValueSatisfying(e -> assertThat(e.slug()).isEqualTo(fresh));
    }

    @Test
    void aPrivateExperimentOpensForItsOwnerOnlyAndAnUnlistedOneForAnyoneWithTheLink() {
        Experiment e = experiments.save(ada.id(), run, "Mine", "", Visibility.PRIVATE);
        assertThat(experiments.open(e.slug(), Optional.of(ada.id()))).isPresent();
        assertThat(experiments.open(e.slug(), Optional.of(bea.id()))).isEmpty();
        assertThat(experiments.open(e.slug(), Optional.empty())).isEmpty();

        experiments.changeVisibility(ada.id(), e.id(), Visibility.UNLISTED);
        assertThat(experiments.open(e.slug(), Optional.of(ada.id()))).isPresent();
        assertThat(experiments.open(e.slug(), Optional.of(bea.id()))).isPresent();
        assertThat(experiments.open(e.slug(), Optional.empty())).isPresent();
    }

    @Test
    void anExperimentSharedWithCoursesOpensForTheOwnersInstructorsAndClassmatesOnly() {
        Experiment e = experiments.save(ada.id(), run, "Mine", "", Visibility.COURSE);
        var people = new org.learningmechanics.course.CourseTestAccounts(accounts);
        Account instructor = people.instructor();
        Account classmate = people.learner("Classmate");
        var course = courses.create(instructor, "Seminar", "", "");
        assertThat(experiments.open(e.slug(), Optional.of(instructor.id()))).isEmpty();

        courses.join(ada, course.joinCode(), "192.0.2.10");
        courses.join(classmate, course.joinCode(), "192.0.2.10");
        assertThat(experiments.open(e.slug(), Optional.of(instructor.id()))).isPresent();
        assertThat(experiments.open(e.slug(), Optional.of(classmate.id()))).isPresent();
        assertThat(experiments.open(e.slug(), Optional.of(bea.id()))).isEmpty();
        assertThat(experiments.open(e.slug(), Optional.empty())).isEmpty();

        courses.removeLearner(instructor, course.id(), ada.id());
        assertThat(experiments.open(e.slug(), Optional.of(classmate.id()))).isEmpty();
    }

    @Test
    void nobodyButTheOwnerMayRenameShareOrDeleteAndNoOneReadsAnothersListing() {
        Experiment e = experiments.save(ada.id(), run, "Mine", "", Visibility.PRIVATE);
        assertThatThrownBy(() -> experiments.rename(bea.id(), e.id(), "Hers now"))
                .isInstanceOf(ExperimentException.class);
        assertThatThrownBy(() -> experiments.changeVisibility(bea.id(), e.id(), Visibility.UNLISTED))
                .isInstanceOf(ExperimentException.class);
        assertThatThrownBy(() -> experiments.delete(bea.id(), e.id())).isInstanceOf(ExperimentException.class);
        assertThatThrownBy(() -> experiments.own(bea.id(), e.id())).isInstanceOf(ExperimentException.class);
        assertThat(experiments.list(bea.id(), ExperimentQuery.NEWEST_FIRST, 0, 50)).isEmpty();
        assertThat(experiments.open(e.slug(), Optional.of(ada.id())).orElseThrow().title()).isEqualTo("Mine");
    }

    @Test
    void titlesAndNotesAreCheckedOnTheServer() {
        assertThatThrownBy(() -> experiments.save(ada.id(), run, "   ", "", Visibility.PRIVATE))
                .hasMessage("Give the experiment a title.");
        assertThatThrownBy(() -> experiments.save(ada.id(), run, "x".repeat(121), "", Visibility.PRIVATE))
                .hasMessageContaining("at most 120");
        assertThatThrownBy(() -> experiments.save(ada.id(), run, "ok", "n".repeat(4001), Visibility.PRIVATE))
                .hasMessageContaining("at most 4000");
        assertThat(experiments.save(ada.id(), run, "a\u0000b\nc", "", Visibility.PRIVATE).title()).isEqualTo("a b c");
    }

    @Test
    void theListingSearchesFiltersSortsAndPagesInTheDatabase() {
        for (int i = 0; i < 7; i++) {
            experiments.save(ada.id(), run, "Run " + i + (i % 2 == 0 ? " even" : " odd"), "", Visibility.PRIVATE);
        }
        var even = new ExperimentQuery("EVEN", null, ExperimentQuery.Order.TITLE, false);
        assertThat(experiments.count(ada.id(), even)).isEqualTo(4);
        assertThat(experiments.list(ada.id(), even, 1, 2)).extracting(ExperimentSummary::title)
                .containsExactly("Run 2 even", "Run 4 even");
        assertThat(experiments.count(ada.id(), new ExperimentQuery("%", null, null, true))).isZero();
        assertThat(experiments.count(ada.id(), new ExperimentQuery("", "kernel-eigenlearning", null, true))).isZero();
        assertThat(experiments.count(ada.id(), new ExperimentQuery("", "deep-linear", null, true))).isEqualTo(7);
        assertThat(experiments.simulationsOf(ada.id())).containsExactly("deep-linear");
    }

    @Test
    void aForkIsTheForkersOwnAndRemembersItsParent() {
        Experiment original = experiments.save(ada.id(), run, "Original", "notes", Visibility.PRIVATE);
        assertThatThrownBy(() -> experiments.fork(bea.id(), original.slug()))
                .as("a private experiment cannot be forked by others").isInstanceOf(ExperimentException.class);
        experiments.changeVisibility(ada.id(), original.id(), Visibility.UNLISTED);

        Experiment fork = experiments.fork(bea.id(), original.slug());
        assertThat(fork.owner()).isEqualTo(bea.id());
        assertThat(fork.title()).isEqualTo("Fork of Original");
        assertThat(fork.parent()).contains(original.slug());
        assertThat(fork.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(fork.result()).isEqualTo(original.result());

        Experiment changed = experiments.replaceRun(bea.id(), fork.id(), ExperimentFixtures.deepLinear(4));
        assertThat(changed.parameters().get("depth")).isEqualTo(4);
        assertThat(changed.parent()).contains(original.slug());
        assertThatThrownBy(() -> experiments.replaceRun(ada.id(), fork.id(), run))
                .isInstanceOf(ExperimentException.class);

        experiments.delete(ada.id(), original.id());
        assertThat(experiments.own(bea.id(), fork.id()).parent()).as("the parent link is dropped").isEmpty();
    }

    @Test
    void deletingAnAccountDeletesItsExperiments() {
        Experiment e = experiments.save(ada.id(), run, "Mine", "", Visibility.PRIVATE);
        accounts.delete(ada.id(), ExperimentFixtures.PASSWORD);
        assertThat(jdbc.sql("select count(*) from experiment where id = ?").param(e.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aMalformedSlugIsNotFoundWithoutAsking() {
        assertThat(experiments.open("'; drop table experiment; --", Optional.empty())).isEmpty();
        assertThat(experiments.open(UUID.randomUUID().toString(), Optional.empty())).isEmpty();
    }
}
