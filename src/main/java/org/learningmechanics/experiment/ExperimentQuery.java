package org.learningmechanics.experiment;

/**
 * What "My experiments" asks for: a title search, a simulation filter and an order. Only the columns named here can
 * be sorted on, so nothing a browser sends ever becomes SQL.
 *
 * @param titleContains case-insensitive text the title must contain; blank for any
 * @param simulationId  only this simulation's experiments; null for all
 */
public record ExperimentQuery(String titleContains, String simulationId, Order order, boolean descending) {

    public static final ExperimentQuery NEWEST_FIRST = new ExperimentQuery("", null, Order.CREATED, true);

    /** The columns an owner may sort by. */
    public enum Order {
        CREATED("created_at"), UPDATED("updated_at"), TITLE("lower(title)"), SIMULATION("simulation_id");

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    public ExperimentQuery {
        titleContains = titleContains == null ? "" : titleContains.strip();
        if (titleContains.length() > 200) {
            titleContains = titleContains.substring(0, 200);
        }
        order = order == null ? Order.CREATED : order;
    }
}
