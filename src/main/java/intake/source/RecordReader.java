package intake.source;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Intake's record layer over FastCSV, with the settings Intake offers and no others: RFC
 * 4180 quoting with {@code "}, CR, LF and CRLF line breaks, blank lines skipped, no
 * comment lines, any field count per record. Lenient where a strict parser would abort
 * the whole file: text after a closing quote stays part of the field, and an unclosed
 * quote or an oversized field becomes an error on that record. NUL characters are removed
 * with a warning. Streaming; not thread-safe.
 */
final class RecordReader implements Iterator<RawRecord>, AutoCloseable {

	private final QuoteTrackingReader input;

	private final CsvReader<CsvRecord> csv;

	private final CloseableIterator<CsvRecord> records;

	private Optional<RawRecord> lookahead = Optional.empty();

	private long lastLine;

	private boolean failed;

	/**
	 * Creates a reader; it owns {@code reader} and closes it.
	 * @param reader the decoded text, without a byte-order mark
	 * @param delimiter the field delimiter
	 */
	RecordReader(Reader reader, char delimiter) {
		this.input = new QuoteTrackingReader(reader, delimiter);
		this.csv = builder(delimiter).ofCsvRecord(this.input);
		this.records = this.csv.iterator();
	}

	@SuppressWarnings("removal") // see the reason on allowExtraCharsAfterClosingQuote
									// below
	private static CsvReader.CsvReaderBuilder builder(char delimiter) {
		return CsvReader.builder()
			.fieldSeparator(delimiter)
			.quoteCharacter('"')
			.commentStrategy(CommentStrategy.NONE)
			.skipEmptyLines(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			// Deprecated in FastCSV 4.4 but still the only way to keep going after a
			// stray
			// quote such as "5" pipe": the strict parser cannot resume, so one bad cell
			// would fail a file of hundreds of megabytes.
			.allowExtraCharsAfterClosingQuote(true)
			.allowUnclosedQuote(true);
	}

	@Override
	public boolean hasNext() {
		if (this.lookahead.isEmpty()) {
			this.lookahead = fetch();
		}
		return this.lookahead.isPresent();
	}

	@Override
	public RawRecord next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRecord record = this.lookahead.get();
		this.lookahead = Optional.empty();
		return record;
	}

	private Optional<RawRecord> fetch() {
		if (this.failed) {
			return Optional.empty();
		}
		try {
			if (!this.records.hasNext()) {
				return Optional.empty();
			}
			CsvRecord record = this.records.next();
			this.lastLine = record.getStartingLineNumber();
			List<String> warnings = new ArrayList<>();
			// no NUL read yet: none in this record (read already) to search for
			List<String> fields = this.input.nulRead() ? withoutNuls(record.getFields(), warnings, this.lastLine)
					: List.copyOf(record.getFields());
			Optional<String> error = Optional.empty();
			if (isLast() && this.input.insideQuotes()) {
				error = Optional.of("Line " + this.lastLine + " opens a quote that is never closed, so the rest of "
						+ "the file was read into this row; close the quote (or remove it) and upload the file again.");
			}
			return Optional.of(new RawRecord(this.lastLine, fields, warnings, error));
		}
		catch (CsvParseException ex) {
			this.failed = true;
			String message = "After line " + this.lastLine + " the file could not be read further (" + ex.getMessage()
					+ "); most likely a quote is never closed \u2014 fix the quote and upload " + "the file again.";
			return Optional.of(new RawRecord(this.lastLine + 1, List.of(), List.of(), Optional.of(message)));
		}
	}

	/**
	 * Returns whether the record just read is the last; a parse failure of the next
	 * record is reported by the next {@link #fetch()}.
	 */
	private boolean isLast() {
		try {
			return !this.records.hasNext();
		}
		catch (CsvParseException ex) {
			return false;
		}
	}

	private static List<String> withoutNuls(List<String> fields, List<String> warnings, long line) {
		int count = fields.size();
		String[] cleaned = new String[count];
		int removed = 0;
		for (int i = 0; i < count; i++) {
			String field = fields.get(i);
			if (field.indexOf('\0') >= 0) {
				String stripped = field.replace("\0", "");
				removed += field.length() - stripped.length();
				cleaned[i] = stripped;
			}
			else {
				cleaned[i] = field;
			}
		}
		if (removed > 0) {
			warnings.add("Line " + line + " contained " + removed + " NUL character" + ((removed == 1) ? "" : "s")
					+ ", which " + ((removed == 1) ? "was" : "were") + " removed.");
		}
		// immutable already, so that the records' List.copyOf keeps it as it is
		return List.of(cleaned);
	}

	@Override
	public void close() {
		try {
			this.csv.close();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
