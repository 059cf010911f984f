package org.learningmechanics.course;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Checkpoint;

/**
 * A chapter assigned to a course: all its checkpoints, or only those listed, and the simulations listed in
 * {@code simulationIds} run at least once; open from {@code opensAt}, due at
 * {@code dueAt}. The instants are absolute; {@code zone} is where the instructor set them, so they read back as
 * typed ("due 9 March 17:00 Europe/Berlin") whatever the zone of the server or the reader.
 */
public record Assignment(UUID id, UUID courseId, String chapterId, List<String> checkpointIds, Instant opensAt,
                         Instant dueAt, ZoneId zone, List<String> simulationIds) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    public Assignment {
        checkpointIds = List.copyOf(checkpointIds);
        simulationIds = List.copyOf(simulationIds);
    }

    /** An assignment that requires no particular simulation to be run. */
    public Assignment(UUID id, UUID courseId, String chapterId, List<String> checkpointIds, Instant opensAt,
                      Instant dueAt, ZoneId zone) {
        this(id, courseId, chapterId, checkpointIds, opensAt, dueAt, zone, List.of());
    }

    /** The simulations a learner must run at least once (from the chapter's panels): those listed it still embeds. */
    public List<String> requiredSimulations(Chapter chapter) {
        return simulationIds.stream().filter(chapter.simulationIds()::contains).toList();
    }

    /** The checkpoints a learner must answer: those listed that the chapter still has, or all of the chapter's. */
    public List<Checkpoint> requiredCheckpoints(Chapter chapter) {
        if (checkpointIds.isEmpty()) {
            return chapter.checkpoints();
        }
        return chapter.checkpoints().stream().filter(c -> checkpointIds.contains(c.id())).toList();
    }

    /**
     * The instant a wall-clock time in {@code zone} stands for. In a daylight-saving gap (02:30 on a spring-forward
     * night does not exist) the time moves forward by the gap's length; in an overlap the earlier instant is taken.
     */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    public LocalDateTime localOpens() {
        return LocalDateTime.ofInstant(opensAt, zone);
    }

    public LocalDateTime localDue() {
        return LocalDateTime.ofInstant(dueAt, zone);
    }

    /** An instant as read in this assignment's zone, the zone named: "Mon 9 Mar 2026, 17:00 (Europe/Berlin)". */
    public String format(Instant instant) {
        return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
