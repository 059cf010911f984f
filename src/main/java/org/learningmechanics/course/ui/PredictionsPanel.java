package org.learningmechanics.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.course.PredictionDistribution;

/**
 * The class's predictions for each choice or numeric checkpoint of the assigned chapters, against the right answer:
 * a bar per option (or per side of the number) whose length is drawn in CSS and whose count is written out, so the
 * chart reads the same to a screen reader and on paper.
 */
class PredictionsPanel extends Div implements Refreshable {

    private final CourseContext context;

    PredictionsPanel(CourseContext context) {
        this.context = context;
        addClassName("course-panel");
        setId("predictions");
        refresh();
    }

    @Override
    public void refresh() {
        removeAll();
        var all = context.dashboards().predictions(context.me(), context.courseId());
        if (all.isEmpty()) {
            add(new Paragraph("No multiple-choice or numeric checkpoints are assigned yet."));
        }
        all.forEach(d -> add(distribution(d)));
    }

    private static Div distribution(PredictionDistribution d) {
        Div block = new Div(new H3(d.chapterTitle() + ": " + d.checkpoint().id()),
                new Paragraph(AssignmentsPanel.abbreviate(d.checkpoint().question())));
        block.addClassName("prediction");
        block.setId("prediction-" + d.chapterId() + "-" + d.checkpoint().id());
        UnorderedList bars = new UnorderedList();
        bars.addClassName("prediction-bars");
        bars.getElement().setAttribute("aria-label", "How the class answered: " + d.answered() + " answers");
        int most = d.bars().stream().mapToInt(PredictionDistribution.Bar::count).max().orElse(0);
        for (PredictionDistribution.Bar bar : d.bars()) {
            Span label = new Span(bar.label() + (bar.right() ? " ✓ right answer" : ""));
            label.addClassName("prediction-label");
            Span fill = new Span();
            fill.addClassName("prediction-fill");
            fill.getElement().setAttribute("aria-hidden", "true");
            fill.getStyle().set("width", most == 0 ? "0" : (100.0 * bar.count() / most) + "%");
            Span count = new Span(bar.count() + " of " + d.answered());
            count.addClassName("prediction-count");
            ListItem item = new ListItem(label, fill, count);
            item.getElement().getClassList().set("right", bar.right());
            bars.add(item);
        }
        block.add(bars);
        String median = d.median() == null ? ""
                : " Median guess: " + PredictionDistribution.format(d.median()) + ".";
        block.add(new Paragraph(d.answered() + " answered. The right answer: " + d.rightAnswer() + "." + median));
        return block;
    }
}
