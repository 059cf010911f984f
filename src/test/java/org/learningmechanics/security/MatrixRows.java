package org.learningmechanics.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.security.MatrixWorld.Secret;
import org.learningmechanics.security.MatrixWorld.Who;

/** The shapes of the authorisation matrix's rows: one expectation per {@link Who}, in the enum's order. */
final class MatrixRows {

    private MatrixRows() {
    }

    /** What someone who opens a view must get. */
    enum Sees {
        /** The view itself (and nothing private that is not theirs). */
        OPEN(null),
        /** The view itself, showing the row's private things that this person may know. */
        DATA(null),
        /** Sent to the sign-in page. */
        SIGN_IN(null),
        /** Refused by the route's role before the view is made. */
        NO_ROLE(null),
        /** The view, saying only that there is nothing for them there. */
        NOT_FOUND("not there, or it is not shared with you"),
        NOT_YOURS("This course is not one of yours, or it no longer exists.");

        final String says;

        Sees(String says) {
            this.says = says;
        }
    }

    /**
     * A location of a view (placeholders filled from {@link MatrixWorld}), where a signed-in reader lands when it
     * forwards them on, the private things it shows to those who may see them, and what each person gets.
     */
    record ViewRow(String location, String landsOn, Set<Secret> shows, Map<Who, Sees> cells) {

        ViewRow showing(Secret... secrets) {
            return new ViewRow(location, landsOn, EnumSet.copyOf(List.of(secrets)), cells);
        }

        ViewRow landingOn(String target) {
            return new ViewRow(location, target, shows, cells);
        }

        @Override
        public String toString() {
            return location;
        }
    }

    static ViewRow view(String location, Sees... perWho) {
        return new ViewRow(location, location, Set.of(), cells(perWho));
    }

    /**
     * An HTTP request as {@code "METHOD /path?query"}; {@code "POST+csrf"} sends a valid CSRF token. Answers are
     * statuses per person; {@code redirect} is where a 302 must point.
     */
    record HttpRow(String request, String redirect, Map<Who, Integer> cells) {

        HttpRow redirectingTo(String target) {
            return new HttpRow(request, target, cells);
        }

        @Override
        public String toString() {
            return request;
        }
    }

    static HttpRow http(String request, Integer... perWho) {
        return new HttpRow(request, null, cells(perWho));
    }

    /** What a call behind the experiment views is made with. */
    record Calls(ExperimentService experiments, ExperimentJson files, ExperimentService.Run run) {
    }

    /** A call behind the experiment views, made by someone (null: no one signed in) on an experiment. */
    interface Call {
        void on(Calls with, UUID by, Experiment target) throws Exception;
    }

    enum May { ALLOWED, REFUSED }

    record ServiceRow(String call, Visibility target, Call body, Map<Who, May> cells) {

        @Override
        public String toString() {
            return call + " (" + target.name().toLowerCase() + ")";
        }
    }

    static ServiceRow call(String name, Visibility target, Call body, May... perWho) {
        return new ServiceRow(name, target, body, cells(perWho));
    }

    @SafeVarargs
    private static <T> Map<Who, T> cells(T... perWho) {
        if (perWho.length != Who.values().length) {
            throw new IllegalArgumentException("one expectation per person: " + List.of(Who.values()));
        }
        Map<Who, T> cells = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            cells.put(who, perWho[who.ordinal()]);
        }
        return cells;
    }
}
