package intake.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import intake.load.BulkWriter;
import intake.load.WriteFailedException;
import intake.plan.NewRecord;
import intake.plan.RecordUpdate;

/**
 * Writes planned records of one chunk in bulk, inside the caller's transaction. Every row
 * carries the tenant, the job that created it and version 1.
 */
@Component
public class RecordWriter {

	private final DataSource dataSource;

	private final BulkWriter bulk;

	private final UpdateWriter updates;

	public RecordWriter(DataSource dataSource, BulkWriter bulk) {
		this.dataSource = dataSource;
		this.bulk = bulk;
		this.updates = new UpdateWriter(bulk);
	}

	/**
	 * Updates stored records and journals the values replaced, grouped by entity in the
	 * order given (companies first). Records are locked and diffed again against what is
	 * stored now; a record deleted since planning is left out.
	 * @param tenantId the tenant
	 * @param jobId the import job updating them
	 * @param records the planned updates
	 * @return the number of records changed
	 */
	public int update(long tenantId, String jobId, List<RecordUpdate> records) {
		if (records.isEmpty()) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		int start = 0;
		int changed = 0;
		try {
			while (start < records.size()) {
				String entity = records.get(start).entity();
				int end = start;
				while (end < records.size() && records.get(end).entity().equals(entity)) {
					end++;
				}
				try {
					changed += this.updates.update(connection, tenantId, jobId, entity, records.subList(start, end));
				}
				catch (SQLException ex) {
					throw UpdateWriter.failed(end - start, entity, ex);
				}
				start = end;
			}
			return changed;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Inserts the records, grouped by entity in the order given (parents first). Link ids
	 * come from each record's values under the link key ({@code companyId} → a
	 * {@link Long}), the parent link from {@link NewRecord#parentId()} when present; the
	 * natural-key columns are computed from the values.
	 * @param tenantId the tenant
	 * @param jobId the import job creating them, null for a record made by hand
	 * @param records the records
	 */
	public void insert(long tenantId, String jobId, List<NewRecord> records) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			int start = 0;
			while (start < records.size()) {
				String entity = records.get(start).entity();
				int end = start;
				while (end < records.size() && records.get(end).entity().equals(entity)) {
					end++;
				}
				insertEntity(connection, tenantId, jobId, CrmEntities.get(entity), records.subList(start, end));
				start = end;
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void insertEntity(Connection connection, long tenantId, String jobId, EntityTable table,
			List<NewRecord> records) {
		List<EntityTable.Column> valueColumns = table.valueColumns();
		List<String> keyColumns = KeyColumns.of(table);
		List<String> columns = new ArrayList<>(valueColumns.size() + 10);
		columns.add("id");
		columns.add("tenant_id");
		columns.add("import_job_id");
		columns.add("version");
		table.links().forEach((l) -> columns.add(l.column()));
		columns.addAll(keyColumns);
		for (EntityTable.Column column : valueColumns) {
			columns.add(column.column());
		}
		Optional<String> parentKey = table.parentKey();
		Map<String, int[]> valueSlots = new HashMap<>();
		for (int c = 0; c < valueColumns.size(); c++) {
			int[] had = valueSlots.get(valueColumns.get(c).key());
			int[] slots = (had == null) ? new int[1] : java.util.Arrays.copyOf(had, had.length + 1);
			slots[slots.length - 1] = c;
			valueSlots.put(valueColumns.get(c).key(), slots);
		}
		List<Object[]> rows = new ArrayList<>(records.size());
		for (NewRecord record : records) {
			Object[] row = new Object[columns.size()];
			int i = 0;
			row[i++] = record.id();
			row[i++] = tenantId;
			row[i++] = jobId;
			row[i++] = 1L;
			for (EntityTable.Link link : table.links()) {
				boolean parent = parentKey.isPresent() && parentKey.get().equals(link.key())
						&& record.parentId().isPresent();
				row[i++] = parent ? record.parentId().get() : record.values().get(link.key());
			}
			for (Object key : KeyColumns.values(table, record.values())) {
				row[i++] = key;
			}
			// A record holds a dozen of its table's forty values: placed by key, not
			// looked up column by column.
			for (Map.Entry<String, Object> value : record.values().entrySet()) {
				int[] at = valueSlots.get(value.getKey());
				if (at != null) {
					Object sql = SqlValues.toSql(value.getValue());
					for (int slot : at) {
						row[i + slot] = sql;
					}
				}
			}
			rows.add(row);
		}
		this.bulk.insert(connection, table.table(), columns, rows);
	}

	/**
	 * Sets values on records written earlier by the same import, only where the column is
	 * still empty (the first non-empty value wins); link ids under their link keys.
	 * @param tenantId the tenant
	 * @param entity the entity
	 * @param fills record id to field values
	 */
	public void fill(long tenantId, String entity, Map<Long, Map<String, Object>> fills) {
		if (fills.isEmpty()) {
			return;
		}
		EntityTable table = CrmEntities.get(entity);
		Map<String, String> columns = new LinkedHashMap<>();
		table.valueColumns().forEach((c) -> columns.put(c.key(), c.column()));
		table.links().forEach((l) -> columns.put(l.key(), l.column()));
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			for (Map.Entry<Long, Map<String, Object>> fill : fills.entrySet()) {
				for (Map.Entry<String, String> column : columns.entrySet()) {
					Object value = fill.getValue().get(column.getKey());
					if (value == null) {
						continue;
					}
					String sql = "UPDATE " + table.table() + " SET " + column.getValue()
							+ " = ? WHERE tenant_id = ? AND id = ? AND " + column.getValue() + " IS NULL";
					try (PreparedStatement statement = connection.prepareStatement(sql)) {
						statement.setObject(1, SqlValues.toSql(value));
						statement.setLong(2, tenantId);
						statement.setLong(3, fill.getKey());
						statement.executeUpdate();
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new WriteFailedException("Could not complete " + fills.size() + " " + entity, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
