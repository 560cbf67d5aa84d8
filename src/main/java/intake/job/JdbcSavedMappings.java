package intake.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import intake.mapping.LearnedMappings;
import intake.mapping.SavedMapping;
import intake.mapping.SavedMappings;
import intake.mapping.Shaping;

/**
 * Saved and learned mappings in the {@code saved_mapping} table; every query filters by
 * tenant.
 */
@Repository
class JdbcSavedMappings implements SavedMappings {

	/** The stored JSON of a mapping. */
	record Stored(List<StoredColumn> columns, Shaping shaping) {
	}

	/** One column in the stored JSON; {@code field} null when unmapped. */
	record StoredColumn(String header, String field, boolean ignored) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcSavedMappings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public List<SavedMapping> list(long tenantId, Optional<String> type) {
		return this.jdbc
			.sql("SELECT * FROM saved_mapping WHERE tenant_id = :tenant" + (type.isPresent() ? " AND type = :type" : "")
					+ " ORDER BY used_at DESC, id DESC")
			.param("tenant", tenantId)
			.param("type", type.orElse(""))
			.query(this::map)
			.list();
	}

	@Override
	public Optional<SavedMapping> find(long tenantId, String id) {
		Optional<Long> key = number(id);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT * FROM saved_mapping WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", key.get())
			.query(this::map)
			.optional();
	}

	@Override
	public SavedMapping learn(long tenantId, String type, List<SavedMapping.Column> columns, Shaping shaping) {
		String key = LearnedMappings.headerKey(columns.stream().map(SavedMapping.Column::header).toList());
		String text = write(columns, shaping);
		for (int attempt = 0; attempt < 2; attempt++) {
			Optional<Long> id = this.jdbc
				.sql("SELECT id FROM saved_mapping WHERE tenant_id = :tenant AND type = :type AND learned_key = :key")
				.param("tenant", tenantId)
				.param("type", type)
				.param("key", key)
				.query(Long.class)
				.optional();
			if (id.isPresent()) {
				this.jdbc.sql("""
						UPDATE saved_mapping SET mapping_json = :json, used_at = :now, use_count = use_count + 1
						WHERE tenant_id = :tenant AND id = :id
						""")
					.param("json", text)
					.param("now", now())
					.param("tenant", tenantId)
					.param("id", id.get())
					.update();
				return find(tenantId, id.get().toString()).orElseThrow();
			}
			try {
				return insert(tenantId, type, null, key, key, text);
			}
			catch (DuplicateKeyException ex) {
				// another import with these headers started at the same moment: update it
			}
		}
		throw new IllegalStateException("Could not record the learned mapping of tenant " + tenantId);
	}

	@Override
	public SavedMapping save(long tenantId, String type, String name, List<SavedMapping.Column> columns,
			Shaping shaping) {
		String key = LearnedMappings.headerKey(columns.stream().map(SavedMapping.Column::header).toList());
		String text = write(columns, shaping);
		Optional<Long> id = this.jdbc
			.sql("SELECT id FROM saved_mapping WHERE tenant_id = :tenant AND type = :type AND name = :name")
			.param("tenant", tenantId)
			.param("type", type)
			.param("name", name)
			.query(Long.class)
			.optional();
		if (id.isPresent()) {
			this.jdbc.sql("""
					UPDATE saved_mapping SET mapping_json = :json, header_key = :key, used_at = :now
					WHERE tenant_id = :tenant AND id = :id
					""")
				.param("json", text)
				.param("key", key)
				.param("now", now())
				.param("tenant", tenantId)
				.param("id", id.get())
				.update();
			return find(tenantId, id.get().toString()).orElseThrow();
		}
		return insert(tenantId, type, name, key, null, text);
	}

	private SavedMapping insert(long tenantId, String type, String name, String headerKey, String learnedKey,
			String text) {
		long id = this.jdbc.sql("SELECT NEXTVAL('saved_mapping_seq')").query(Long.class).single();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO saved_mapping (id, tenant_id, type, name, header_key, learned_key, mapping_json,
				  created_at, used_at, use_count)
				VALUES (:id, :tenant, :type, :name, :key, :learned, :json, :now, :now, :uses)
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("type", type)
			.param("name", name)
			.param("key", headerKey)
			.param("learned", learnedKey)
			.param("json", text)
			.param("now", now)
			.param("uses", (learnedKey != null) ? 1 : 0)
			.update();
		return find(tenantId, Long.toString(id)).orElseThrow();
	}

	@Override
	public void markUsed(long tenantId, String id) {
		number(id).ifPresent((key) -> this.jdbc
			.sql("UPDATE saved_mapping SET used_at = :now, use_count = use_count + 1"
					+ " WHERE tenant_id = :tenant AND id = :id")
			.param("now", now())
			.param("tenant", tenantId)
			.param("id", key)
			.update());
	}

	@Override
	public boolean delete(long tenantId, String id) {
		Optional<Long> key = number(id);
		return key.isPresent() && this.jdbc.sql("DELETE FROM saved_mapping WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", key.get())
			.update() == 1;
	}

	private String write(List<SavedMapping.Column> columns, Shaping shaping) {
		return this.json.writeValueAsString(new Stored(
				columns.stream().map((c) -> new StoredColumn(c.header(), c.field().orElse(null), c.ignored())).toList(),
				shaping));
	}

	private SavedMapping map(ResultSet rs, int row) throws SQLException {
		Stored stored = this.json.readValue(rs.getString("mapping_json"), Stored.class);
		List<SavedMapping.Column> columns = stored.columns()
			.stream()
			.map((c) -> new SavedMapping.Column(c.header(), Optional.ofNullable(c.field()), c.ignored()))
			.toList();
		return new SavedMapping(Long.toString(rs.getLong("id")), rs.getString("type"),
				Optional.ofNullable(rs.getString("name")), rs.getString("header_key"), columns,
				(stored.shaping() != null) ? stored.shaping() : Shaping.NONE,
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("used_at", OffsetDateTime.class),
				rs.getLong("use_count"));
	}

	private static Optional<Long> number(String id) {
		try {
			return Optional.of(Long.parseLong(id.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
