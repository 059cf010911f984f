package org.learningmechanics.experiment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.learningmechanics.sim.SimulationResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Experiments in PostgreSQL ({@code experiment}): parameters as JSONB, the result as JSON text written by the same
 * mapper as the run records ({@code SimulationRunRepository}), so a result reads back exactly as it was saved.
 * Every query about an owner's experiments names the owner in its WHERE clause.
 */
@Repository
class ExperimentRepository {

    private static final String SELECT = """
            select e.*, a.display_name as owner_name, p.slug as parent_slug
            from experiment e join account a on a.id = e.owner left join experiment p on p.id = e.parent_id
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExperimentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * What a new row holds; the database assigns id and times.
     *
     * @param idempotencyKey the client's name for this save over the API, or null
     */
    record NewExperiment(String slug, UUID owner, String simulationId, int simulationVersion,
                         Map<String, Object> parameters, long seed, SimulationResult result, String title,
                         String notes, Visibility visibility, Long parentId, String importProblem,
                         String idempotencyKey) {

        NewExperiment(String slug, UUID owner, String simulationId, int simulationVersion,
                      Map<String, Object> parameters, long seed, SimulationResult result, String title, String notes,
                      Visibility visibility, Long parentId, String importProblem) {
            this(slug, owner, simulationId, simulationVersion, parameters, seed, result, title, notes, visibility,
                    parentId, importProblem, null);
        }

        NewExperiment withSlug(String newSlug) {
            return new NewExperiment(newSlug, owner, simulationId, simulationVersion, parameters, seed, result, title,
                    notes, visibility, parentId, importProblem, idempotencyKey);
        }
    }

    /**
     * Inserts the experiment unless its slug, or its owner's idempotency key, is taken; empty then. ("On conflict do
     * nothing" leaves the transaction usable, so the caller can look again or try another slug in it; a unique-key
     * error would have aborted it.)
     */
    Optional<Long> insert(NewExperiment e) {
        return jdbc.sql("""
                        insert into experiment (slug, owner, simulation_id, simulation_version, parameters, seed,
                                                result, title, notes, visibility, parent_id, import_problem,
                                                idempotency_key)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?::json, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        returning id""")
                .params(e.slug(), e.owner(), e.simulationId(), e.simulationVersion(),
                        json.writeValueAsString(e.parameters()), e.seed(), json.writeValueAsString(e.result()),
                        e.title(), e.notes(), e.visibility().column(), e.parentId(), e.importProblem(),
                        e.idempotencyKey())
                .query(Long.class).optional();
    }

    /** The experiment an owner saved under an idempotency key, if any. */
    Optional<Experiment> findByIdempotencyKey(UUID owner, String key) {
        return jdbc.sql(SELECT + "where e.owner = ? and e.idempotency_key = ?").params(owner, key)
                .query(this::experiment).optional();
    }

    Optional<Experiment> findBySlug(String slug) {
        return jdbc.sql(SELECT + "where e.slug = ?").param(slug).query(this::experiment).optional();
    }

    Optional<Experiment> findById(long id) {
        return jdbc.sql(SELECT + "where e.id = ?").param(id).query(this::experiment).optional();
    }

    List<ExperimentSummary> list(UUID owner, ExperimentQuery query, int offset, int limit) {
        return jdbc.sql("""
                        select id, slug, simulation_id, simulation_version, title, visibility, parent_id,
                               created_at, updated_at
                        from experiment""" + where() + " order by " + query.order().sql
                        + (query.descending() ? " desc" : " asc") + ", id desc offset ? limit ?")
                .params(owner, query.titleContains(), query.simulationId(), query.simulationId(), offset, limit)
                .query((rs, row) -> new ExperimentSummary(rs.getLong("id"), rs.getString("slug"),
                        rs.getString("simulation_id"), rs.getInt("simulation_version"), rs.getString("title"),
                        Visibility.ofColumn(rs.getString("visibility")), rs.getObject("parent_id") != null,
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
    }

    int count(UUID owner, ExperimentQuery query) {
        return jdbc.sql("select count(*) from experiment" + where())
                .params(owner, query.titleContains(), query.simulationId(), query.simulationId())
                .query(Integer.class).single();
    }

    /** The owner's own rows only; the search text is matched literally (its % and _ are not wildcards). */
    private static String where() {
        return " where owner = ? and strpos(lower(title), lower(?)) > 0"
                + " and (cast(? as text) is null or simulation_id = ?)";
    }

    /** The simulations the owner has experiments of, for the filter. */
    List<String> simulationsOf(UUID owner) {
        return jdbc.sql("select distinct simulation_id from experiment where owner = ? order by simulation_id")
                .param(owner).query(String.class).list();
    }

    boolean updateTitle(UUID owner, long id, String title) {
        return jdbc.sql("update experiment set title = ?, updated_at = now() where id = ? and owner = ?")
                .params(title, id, owner).update() == 1;
    }

    boolean updateVisibility(UUID owner, long id, Visibility visibility) {
        return jdbc.sql("update experiment set visibility = ?, updated_at = now() where id = ? and owner = ?")
                .params(visibility.column(), id, owner).update() == 1;
    }

    void replaceRun(UUID owner, long id, int version, Map<String, Object> parameters, long seed,
                    SimulationResult result) {
        jdbc.sql("""
                        update experiment set simulation_version = ?, parameters = ?::jsonb, seed = ?, result = ?::json,
                                              import_problem = null, updated_at = now()
                        where id = ? and owner = ?""")
                .params(version, json.writeValueAsString(parameters), seed, json.writeValueAsString(result), id, owner)
                .update();
    }

    boolean delete(UUID owner, long id) {
        return jdbc.sql("delete from experiment where id = ? and owner = ?").params(id, owner).update() == 1;
    }

    private Experiment experiment(ResultSet rs, int row) throws SQLException {
        return new Experiment(rs.getLong("id"), rs.getString("slug"), rs.getObject("owner", UUID.class),
                rs.getString("owner_name"), rs.getString("simulation_id"), rs.getInt("simulation_version"),
                json.readValue(rs.getString("parameters"), MAP), rs.getLong("seed"),
                json.readValue(rs.getString("result"), SimulationResult.class), rs.getString("title"),
                rs.getString("notes"), Visibility.ofColumn(rs.getString("visibility")), rs.getString("parent_slug"),
                rs.getString("import_problem"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }
}
