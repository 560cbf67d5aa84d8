package intake.job;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import intake.files.Utf8Bytes;

/**
 * Renders a preview row as one JSON array, straight into a reusable byte buffer:
 * {@code [line, status, values, errors, warnings, changes, raw]}, where {@code values}
 * lists each value after the number of its key, {@code [k0, v0, k1, v1, …]}, the numbers
 * handed out in the order keys first come ({@link #keys()}, stored beside the rows). The
 * keys of a million rows' values are the same score of field names: written once, not
 * once per row, the rows take about 40 % fewer bytes to encode and to store. Each part is
 * what the mapper writes for it ({@link PreviewItem}'s components, values encoded by
 * {@link JsonValues#encode(Map)}); texts escaped and encoded to UTF-8 in one loop.
 * <p>
 * What the mapper would write differently by a setting or by its own rules is left to it:
 * a text holding a control character or a surrogate, and a value of any class but the
 * converters' (text, whole number, boolean, decimal, date, date-time, list of these) is
 * written by the mapper and its bytes copied, so the output stays the mapper's exactly
 * (seeded test against it).
 * <p>
 * Not thread-safe: one per writing thread.
 */
final class PreviewRowWriter {

	/** Chars of a text encoded per reservation of room. */
	private static final int SEGMENT = 8192;

	/** A buffer larger than this (a huge cell's row) is let go before the next row. */
	private static final int KEPT = 1 << 20;

	/** The UTF-8 bytes of a text that send it char by char. */
	private static final boolean[] SECOND_LOOK = new boolean[256];

	static {
		for (int b = 0; b < 0x20; b++) {
			SECOND_LOOK[b] = true;
		}
		SECOND_LOOK['"'] = true;
		SECOND_LOOK['\\'] = true;
		SECOND_LOOK['?'] = true;
		for (int b = 0xF0; b < 0x100; b++) {
			SECOND_LOOK[b] = true;
		}
	}

	private final JsonMapper json;

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final List<String> keys = new ArrayList<>();

	private byte[] buffer = new byte[4096];

	private int length;

	PreviewRowWriter(JsonMapper json) {
		this.json = json;
	}

	/** The rendered row: bytes {@code 0 .. length()} of {@link #buffer()}. */
	byte[] buffer() {
		return this.buffer;
	}

	int length() {
		return this.length;
	}

	/**
	 * The value keys in the order of their numbers: key {@code n} of a rendered row is
	 * {@code keys().get(n)}.
	 */
	List<String> keys() {
		return List.copyOf(this.keys);
	}

	/** Renders one row, replacing the one rendered before. */
	PreviewRowWriter render(PreviewItem item) {
		this.length = 0;
		if (this.buffer.length > KEPT) {
			this.buffer = new byte[4096];
		}
		int knownKeys = this.keys.size();
		try {
			put((byte) '[');
			number(item.line());
			put((byte) ',');
			nullableText(item.status());
			ascii(",[");
			int open = this.length;
			item.values().forEach((key, value) -> {
				if (this.length != open) {
					put((byte) ',');
				}
				number(ordinal(key));
				put((byte) ',');
				value(value);
			});
			ascii("],");
			problems(item.errors());
			put((byte) ',');
			problems(item.warnings());
			ascii(",{");
			boolean firstChange = true;
			for (Map.Entry<String, Map<String, Object>> change : item.changes().entrySet()) {
				if (!firstChange) {
					put((byte) ',');
				}
				firstChange = false;
				text(change.getKey());
				put((byte) ':');
				map(change.getValue());
			}
			ascii("},[");
			List<String> raw = item.raw();
			for (int i = 0; i < raw.size(); i++) {
				if (i > 0) {
					put((byte) ',');
				}
				text(raw.get(i));
			}
			ascii("]]");
		}
		catch (RuntimeException ex) {
			// a row the mapper refuses is not stored: neither are the keys it brought
			while (this.keys.size() > knownKeys) {
				this.ordinals.remove(this.keys.remove(this.keys.size() - 1));
			}
			throw ex;
		}
		return this;
	}

	private int ordinal(String key) {
		Integer known = this.ordinals.get(key);
		if (known != null) {
			return known;
		}
		int next = this.keys.size();
		this.ordinals.put(key, next);
		this.keys.add(key);
		return next;
	}

	private void map(Map<String, Object> values) {
		put((byte) '{');
		int open = this.length;
		values.forEach((key, value) -> {
			if (this.length != open) {
				put((byte) ',');
			}
			text(key);
			put((byte) ':');
			value(value);
		});
		put((byte) '}');
	}

	private void value(Object value) {
		// classes compared, not instanceof: see JsonValues.isPlain
		Class<?> type = (value != null) ? value.getClass() : null;
		if (type == null) {
			ascii("null");
		}
		else if (type == String.class) {
			text((String) value);
		}
		else if (type == Long.class) {
			number((Long) value);
		}
		else if (type == Integer.class) {
			number((Integer) value);
		}
		else if (type == Boolean.class) {
			ascii(((Boolean) value) ? "true" : "false");
		}
		else if (type == BigDecimal.class) {
			text(((BigDecimal) value).toPlainString());
		}
		else if (type == LocalDate.class || type == OffsetDateTime.class) {
			text(value.toString());
		}
		else if (value instanceof List<?> list) {
			put((byte) '[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					put((byte) ',');
				}
				value(list.get(i));
			}
			put((byte) ']');
		}
		else {
			raw(this.json.writeValueAsBytes(JsonValues.encode(value)));
		}
	}

	private void problems(List<PreviewItem.Problem> problems) {
		put((byte) '[');
		for (int i = 0; i < problems.size(); i++) {
			PreviewItem.Problem problem = problems.get(i);
			if (i > 0) {
				put((byte) ',');
			}
			ascii("{\"field\":");
			nullableText(problem.field());
			ascii(",\"column\":");
			if (problem.column() != null) {
				number(problem.column());
			}
			else {
				ascii("null");
			}
			ascii(",\"value\":");
			nullableText(problem.value());
			ascii(",\"message\":");
			nullableText(problem.message());
			put((byte) '}');
		}
		put((byte) ']');
	}

	private void nullableText(String text) {
		if (text == null) {
			ascii("null");
		}
		else {
			text(text);
		}
	}

	/**
	 * A JSON string: quote and backslash escaped, the rest in UTF-8; a text with a
	 * control character or a surrogate is the mapper's to write.
	 */
	private void text(String text) {
		// Encoded by String.getBytes (vectorised for the Latin-1 strings nearly every
		// cell
		// is) and copied when no byte needs a second look: not a quote, backslash or
		// control character, not '?' (what getBytes makes of a lone surrogate), not the
		// first byte of a four-byte char (a surrogate pair). Else char by char.
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int size = bytes.length;
		boolean plain = true;
		for (int i = 0; i < size; i++) {
			plain &= !SECOND_LOOK[bytes[i] & 0xFF];
		}
		if (plain) {
			room(size + 2);
			byte[] out = this.buffer;
			out[this.length] = '"';
			System.arraycopy(bytes, 0, out, this.length + 1, size);
			out[this.length + 1 + size] = '"';
			this.length += size + 2;
			return;
		}
		int n = text.length();
		int start = this.length;
		put((byte) '"');
		// in segments: room for a segment at a time, not three bytes per char of a long
		// text at once
		for (int i = 0; i < n;) {
			int end = Math.min(n, i + SEGMENT);
			room(3 * (end - i));
			byte[] out = this.buffer;
			int at = this.length;
			for (; i < end; i++) {
				char ch = text.charAt(i);
				if (ch < 0x80) {
					if (ch < 0x20) {
						this.length = start;
						raw(this.json.writeValueAsBytes(text));
						return;
					}
					if (ch == '"' || ch == '\\') {
						out[at++] = '\\';
					}
					out[at++] = (byte) ch;
				}
				else if (Character.isSurrogate(ch)) {
					this.length = start;
					raw(this.json.writeValueAsBytes(text));
					return;
				}
				else {
					at = Utf8Bytes.putMultiByte(ch, out, at);
				}
			}
			this.length = at;
		}
		put((byte) '"');
	}

	/** A text known to be plain ASCII without anything to escape (the row's syntax). */
	private void ascii(String text) {
		int n = text.length();
		room(n);
		for (int i = 0; i < n; i++) {
			this.buffer[this.length++] = (byte) text.charAt(i);
		}
	}

	private void number(long value) {
		room(Utf8Bytes.MAX_DECIMAL);
		this.length = Utf8Bytes.putDecimal(value, this.buffer, this.length);
	}

	private void raw(byte[] bytes) {
		room(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
	}

	private void put(byte b) {
		room(1);
		this.buffer[this.length++] = b;
	}

	private void room(int more) {
		if (this.length + more > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + more));
		}
	}

}
