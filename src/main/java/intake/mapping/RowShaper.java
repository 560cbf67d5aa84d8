package intake.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a file row into the cells validation reads, following a {@link Shaping}: value
 * maps replace cells in place; each constant, combined field and split part gets a cell
 * of its own after the file's columns. Validation then reads every field from one cell
 * ({@link #fieldColumns()}), and {@link #sourceColumn(int)} tells which file column a
 * problem with such a cell belongs to. Immutable and thread-safe.
 */
public final class RowShaper {

	private final int width;

	private final Shaping shaping;

	private final Map<String, Integer> fieldColumns;

	/** For each appended cell, the file column problems point at (-1: a constant). */
	private final int[] sources;

	/** Value maps by column, keys folded for matching. */
	private final Map<Integer, Map<String, String>> valueMaps;

	/**
	 * @param width the file's column count
	 * @param mapped field key to column index, for the fields mapped one column each
	 * @param shaping how the rest is fed; checked against the mapping already
	 */
	public RowShaper(int width, Map<String, Integer> mapped, Shaping shaping) {
		this.width = width;
		this.shaping = Objects.requireNonNull(shaping, "shaping");
		Map<String, Integer> fields = new LinkedHashMap<>(mapped);
		List<Integer> sources = new ArrayList<>();
		shaping.fieldSources().forEach((field, source) -> {
			fields.put(field, width + sources.size());
			sources.add(source);
		});
		this.fieldColumns = Map.copyOf(fields);
		this.sources = sources.stream().mapToInt(Integer::intValue).toArray();
		Map<Integer, Map<String, String>> maps = new HashMap<>();
		shaping.valueMaps().forEach((column, map) -> {
			Map<String, String> folded = new HashMap<>();
			map.forEach((from, to) -> folded.putIfAbsent(fold(from), Objects.requireNonNullElse(to, "")));
			maps.put(column, Map.copyOf(folded));
		});
		this.valueMaps = Map.copyOf(maps);
	}

	/** Field key to the index of the shaped cell it is read from. */
	public Map<String, Integer> fieldColumns() {
		return this.fieldColumns;
	}

	/**
	 * Field key to the file column its problems point at: its own column, the first of a
	 * combination, the split column, or -1 for a constant.
	 */
	public Map<String, Integer> sourceColumns() {
		Map<String, Integer> out = new HashMap<>();
		this.fieldColumns.forEach((field, column) -> out.put(field, sourceColumn(column)));
		return out;
	}

	/** The file column a shaped cell index stands for; -1 for a constant. */
	public int sourceColumn(int shaped) {
		return (shaped < this.width || shaped - this.width >= this.sources.length) ? shaped
				: this.sources[shaped - this.width];
	}

	/** Whether rows pass through unchanged. */
	public boolean isIdentity() {
		return this.shaping.isEmpty();
	}

	/**
	 * Shapes one row.
	 * @param cells the row's cells as read; missing cells are empty
	 * @return the file's cells with value maps applied, then one cell per constant,
	 * combined field and split part, in {@link Shaping#fieldSources()} order
	 */
	public List<String> shape(List<String> cells) {
		if (isIdentity()) {
			return cells;
		}
		String[] out = new String[this.width + this.sources.length];
		for (int i = 0; i < this.width; i++) {
			out[i] = mapped(i, cell(cells, i));
		}
		int next = this.width;
		for (String value : this.shaping.constants().values()) {
			out[next++] = value;
		}
		for (Shaping.Combine combine : this.shaping.combine()) {
			StringBuilder joined = new StringBuilder();
			for (int column : combine.columns()) {
				String part = strip(mapped(column, cell(cells, column)));
				if (!part.isEmpty()) {
					if (!joined.isEmpty()) {
						joined.append(combine.separator());
					}
					joined.append(part);
				}
			}
			out[next++] = joined.toString();
		}
		for (Shaping.Split split : this.shaping.split()) {
			String[] names = splitName(mapped(split.column(), cell(cells, split.column())));
			out[next++] = names[0];
			out[next++] = names[1];
		}
		List<String> shaped = new ArrayList<>(out.length);
		shaped.addAll(Arrays.asList(out));
		return shaped;
	}

	/**
	 * Splits a full name: {@code "Anna Maria Berg"} → {@code ["Anna Maria", "Berg"]},
	 * {@code "Berg, Anna"} → {@code ["Anna", "Berg"]}, {@code "Berg"} →
	 * {@code ["", "Berg"]}.
	 * @param name the cell; never null
	 * @return first name(s) and surname, each trimmed, possibly empty
	 */
	public static String[] splitName(String name) {
		String text = strip(name).replaceAll("[\\s\\u00A0\\u3000]+", " ");
		int comma = text.indexOf(',');
		if (comma >= 0) {
			return new String[] { strip(text.substring(comma + 1)), strip(text.substring(0, comma)) };
		}
		int space = text.lastIndexOf(' ');
		if (space < 0) {
			return new String[] { "", text };
		}
		return new String[] { strip(text.substring(0, space)), strip(text.substring(space + 1)) };
	}

	private String mapped(int column, String cell) {
		Map<String, String> map = this.valueMaps.get(column);
		if (map == null) {
			return cell;
		}
		String replacement = map.get(fold(cell));
		return (replacement != null) ? replacement : cell;
	}

	private static String cell(List<String> cells, int column) {
		return (column < cells.size() && cells.get(column) != null) ? cells.get(column) : "";
	}

	private static String fold(String value) {
		return strip(value).toLowerCase(Locale.ROOT);
	}

	private static String strip(String value) {
		return value.strip().replaceAll("^[\\u00A0\\u3000]+|[\\u00A0\\u3000]+$", "").strip();
	}

}
