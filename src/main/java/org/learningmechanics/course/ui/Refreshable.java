package org.learningmechanics.course.ui;

/** A panel of the course page that reloads what it shows, each time its tab is opened. */
interface Refreshable {

    void refresh();
}
