package intake.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The source facade for CSV files: detection of charset and delimiter, and streaming
 * rows. Stateless and thread-safe; nothing here loads a whole file into memory. Arguments
 * must not be {@code null}. I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class CsvSources {

	/** The default header line. */
	public static final int DEFAULT_HEADER_ROW = 1;

	private CsvSources() {
	}

	/**
	 * Reads the whole file once, streaming, and decides charset and delimiter. A given
	 * charset or delimiter always wins (given = true, confidence 1.0).
	 * @param file the stored file
	 * @param charset the user's charset, if any
	 * @param delimiter the user's delimiter, if any
	 * @return the detection
	 * @throws SourceException EMPTY_FILE (0 bytes, or only a BOM or whitespace), NOT_TEXT
	 * (binary, NUL characters) or UNSUPPORTED_FILE (an Excel workbook)
	 */
	public static Detection detect(Path file, Optional<Charset> charset, Optional<Character> delimiter) {
		Objects.requireNonNull(file, "file");
		try (InputStream in = Files.newInputStream(file)) {
			return detect(in, charset, delimiter);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * Like {@link #detect(Path, Optional, Optional)} for bytes in memory (small inputs,
	 * tests).
	 * @param bytes the file's content
	 * @param charset the user's charset, if any
	 * @param delimiter the user's delimiter, if any
	 * @return the detection
	 */
	public static Detection detect(byte[] bytes, Optional<Charset> charset, Optional<Character> delimiter) {
		try {
			return detect(new ByteArrayInputStream(bytes), charset, delimiter);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Like {@link #detect(Path, Optional, Optional)} over a stream, which is read to its
	 * end and not closed.
	 * @param in the file's content
	 * @param charset the user's charset, if any
	 * @param delimiter the user's delimiter, if any
	 * @return the detection
	 * @throws IOException when reading fails
	 */
	public static Detection detect(InputStream in, Optional<Charset> charset, Optional<Character> delimiter)
			throws IOException {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(delimiter, "delimiter");
		CharsetScan scan = CharsetDetector.scan(in, charset);
		List<String> warnings = new ArrayList<>(scan.warnings());
		DelimiterSniffer.Detected decided = DelimiterSniffer.sniff(scan.prefix(), scan.truncated(), delimiter,
				warnings);
		return new Detection(scan.charset(), scan.given(), scan.confidence(), decided.delimiter(),
				delimiter.isPresent(), decided.confidence(), warnings);
	}

	/**
	 * Opens the file as rows with the decided settings; the BOM is stripped.
	 * @param file the stored file
	 * @param detection the charset and delimiter to use
	 * @param headerRow 1-based physical line of the header ({@link #DEFAULT_HEADER_ROW});
	 * 0 for a file without one (columns are named "Column 1".. by the widest of the first
	 * records and every record is data)
	 * @return the rows, to be closed by the caller
	 * @throws SourceException NO_HEADER when the header line is blank or missing
	 */
	public static RowSource open(Path file, Detection detection, int headerRow) {
		Objects.requireNonNull(file, "file");
		try {
			return open(Files.newInputStream(file), detection, headerRow);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * Like {@link #open(Path, Detection, int)} for bytes in memory (small inputs, tests).
	 * @param bytes the file's content
	 * @param detection the charset and delimiter to use
	 * @param headerRow the header line, 0 for none
	 * @return the rows
	 */
	public static RowSource open(byte[] bytes, Detection detection, int headerRow) {
		return open(new ByteArrayInputStream(bytes), detection, headerRow);
	}

	/**
	 * Like {@link #open(Path, Detection, int)} over a stream, which the row source owns
	 * and closes.
	 * @param in the file's content
	 * @param detection the charset and delimiter to use
	 * @param headerRow the header line, 0 for none
	 * @return the rows
	 */
	public static RowSource open(InputStream in, Detection detection, int headerRow) {
		Objects.requireNonNull(in, "in");
		Objects.requireNonNull(detection, "detection");
		return new CsvRowSource(records(in, detection.charset(), detection.delimiter()), headerRow);
	}

	/**
	 * Guesses the header line below any title lines (see {@code HeaderRows}).
	 * @param file the stored file
	 * @param detection the charset and delimiter to use
	 * @return the 1-based physical line
	 */
	public static int guessHeaderRow(Path file, Detection detection) {
		try {
			return guessHeaderRow(Files.newInputStream(file), detection);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * Like {@link #guessHeaderRow(Path, Detection)} over the file's first bytes, which
	 * the guess reads and closes.
	 * @param in the file's content from its start
	 * @param detection the charset and delimiter to use
	 * @return the 1-based physical line
	 */
	public static int guessHeaderRow(InputStream in, Detection detection) {
		Objects.requireNonNull(detection, "detection");
		try (RecordReader records = records(in, detection.charset(), detection.delimiter())) {
			List<RawRecord> first = new ArrayList<>();
			while (first.size() < HeaderRows.SAMPLE && records.hasNext()) {
				first.add(records.next());
			}
			return HeaderRows.guess(first);
		}
	}

	/**
	 * Opens the record layer: BOM skipped, text decoded (malformed input becomes U+FFFD).
	 */
	static RecordReader records(InputStream in, Charset charset, char delimiter) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
			buffered.mark(Bom.MAX_LENGTH);
			byte[] head = buffered.readNBytes(Bom.MAX_LENGTH);
			buffered.reset();
			Charset effective = CharsetDetector.resolve(charset, Bom.find(head, head.length));
			buffered.skipNBytes(Bom.skipLength(head, head.length, effective));
			Reader decoded;
			if (effective.equals(StandardCharsets.UTF_8)) {
				decoded = new Utf8Reader(buffered);
			}
			else {
				CharsetDecoder decoder = effective.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE);
				decoded = new InputStreamReader(buffered, decoder);
			}
			PushbackReader reader = new PushbackReader(decoded, 1);
			int first = reader.read();
			if (first >= 0 && first != '\uFEFF') {
				reader.unread(first);
			}
			return new RecordReader(reader, delimiter);
		}
		catch (IOException ex) {
			closeQuietly(in, ex);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads decoded text as records with Intake's settings (for the conformance suites).
	 */
	static RecordReader records(Reader reader, char delimiter) {
		return new RecordReader(reader, delimiter);
	}

	private static void closeQuietly(InputStream in, IOException failure) {
		try {
			in.close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
	}

}
