package org.learningmechanics.progress.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.AccountSection;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.ChapterStatus;
import org.learningmechanics.progress.CheckpointRecord;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The account page's summary of the owner's progress: each chapter's state and what they did in it. */
@Component
@Order(10)
class ProgressSection implements AccountSection {

    private final ChapterCatalog chapters;
    private final ProgressRepository progress;

    ProgressSection(ChapterCatalog chapters, ProgressRepository progress) {
        this.chapters = chapters;
        this.progress = progress;
    }

    @Override
    public String title() {
        return "Your progress";
    }

    @Override
    public com.vaadin.flow.component.Component content(Account account) {
        Map<String, ChapterProgress> all = progress.load(account.id());
        UnorderedList list = new UnorderedList();
        list.setId("account-progress");
        list.addClassName("progress-list");
        int done = 0;
        for (Chapter chapter : chapters.all()) {
            ChapterStatus status = ReadingProgress.status(chapter, all);
            done += status == ChapterStatus.DONE ? 1 : 0;
            ListItem item = new ListItem(new Anchor("chapters/" + chapter.id(), chapter.title()));
            Span state = new Span(status.label());
            state.addClassName("progress-state");
            state.addClassName("progress-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.add(new com.vaadin.flow.component.Text(" "), state);
            ChapterProgress p = all.get(chapter.id());
            if (p != null) {
                item.add(new Paragraph(details(chapter, p)));
            }
            list.add(item);
        }
        Paragraph total = new Paragraph(done + " of " + chapters.all().size() + " chapters done.");
        total.setId("account-progress-total");
        return new Div(total, list);
    }

    private static String details(Chapter chapter, ChapterProgress p) {
        long sections = chapter.sections().stream().filter(s -> !s.id().isEmpty()).count();
        long reached = chapter.sections().stream().filter(s -> p.sectionsReached().contains(s.id())).count();
        long answered = chapter.checkpoints().stream().filter(c -> p.checkpoints().containsKey(c.id())).count();
        long right = p.checkpoints().values().stream().filter(r -> Boolean.TRUE.equals(r.correct())).count();
        int attempts = p.checkpoints().values().stream().mapToInt(CheckpointRecord::attempts).sum();
        return "Read " + reached + " of " + sections + " sections · " + p.totalRuns() + " simulation run"
                + (p.totalRuns() == 1 ? "" : "s") + " · " + answered + " of " + chapter.checkpoints().size()
                + " checkpoints answered (" + right + " right, " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + ")";
    }
}
