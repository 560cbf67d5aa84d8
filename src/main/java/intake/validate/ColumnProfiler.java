package intake.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates, in one streaming pass over raw cells, a constant-size profile per column.
 * Cells are cleaned as {@link RowValidator} cleans them (trimmed, Excel apostrophe
 * stripped, null tokens empty). A row shorter than others contributes nothing to the
 * columns it lacks. Not thread-safe.
 */
public final class ColumnProfiler {

	private static final int SAMPLES = 3;

	private final ValidationOptions options;

	private final List<Column> columns = new ArrayList<>();

	/** A profiler without null tokens. */
	public ColumnProfiler() {
		this(ValidationOptions.defaults());
	}

	/** A profiler that reads the options' null tokens as empty. */
	public ColumnProfiler(ValidationOptions options) {
		this.options = options;
	}

	/** Adds one data row's raw cells (any width; {@code null} cells are empty). */
	public void accept(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i == this.columns.size()) {
				this.columns.add(new Column());
			}
			this.columns.get(i).accept(Cells.clean(cells.get(i), this.options));
		}
	}

	/** One profile per column seen, in index order. */
	public List<ColumnProfile> profiles() {
		List<ColumnProfile> profiles = new ArrayList<>(this.columns.size());
		for (int i = 0; i < this.columns.size(); i++) {
			profiles.add(this.columns.get(i).profile(i));
		}
		return List.copyOf(profiles);
	}

	/**
	 * One column's counts, kept in mutable fields: the evidence records are built once,
	 * in {@link #profile(int)}, not once per cell.
	 */
	private static final class Column {

		private final List<String> samples = new ArrayList<>(SAMPLES);

		private long nonEmpty;

		private long empty;

		private final long[] dateFits = new long[DateFit.values().length];

		private String firstEitherDate = "";

		private final long[] numberFits = new long[NumberFit.values().length];

		private String firstEitherNumber = "";

		void accept(String value) {
			if (value.isEmpty()) {
				this.empty++;
				return;
			}
			this.nonEmpty++;
			if (this.samples.size() < SAMPLES && !this.samples.contains(value)) {
				this.samples.add(value);
			}
			DateFit date = DateReader.classify(value);
			this.dateFits[date.ordinal()]++;
			if (date == DateFit.EITHER && this.firstEitherDate.isEmpty()) {
				this.firstEitherDate = value;
			}
			NumberFit number = DecimalReader.classify(value);
			this.numberFits[number.ordinal()]++;
			if (number == NumberFit.EITHER && this.firstEitherNumber.isEmpty()) {
				this.firstEitherNumber = value;
			}
		}

		ColumnProfile profile(int index) {
			DateEvidence dates = new DateEvidence(this.dateFits[DateFit.ANY_ORDER.ordinal()],
					this.dateFits[DateFit.DAY_FIRST_ONLY.ordinal()], this.dateFits[DateFit.MONTH_FIRST_ONLY.ordinal()],
					this.dateFits[DateFit.EITHER.ordinal()], this.dateFits[DateFit.NONE.ordinal()],
					this.firstEitherDate);
			DecimalEvidence decimals = new DecimalEvidence(this.numberFits[NumberFit.PLAIN.ordinal()],
					this.numberFits[NumberFit.COMMA_ONLY.ordinal()], this.numberFits[NumberFit.DOT_ONLY.ordinal()],
					this.numberFits[NumberFit.EITHER.ordinal()], this.numberFits[NumberFit.NONE.ordinal()],
					this.firstEitherNumber);
			return new ColumnProfile(index, this.samples, this.nonEmpty, this.empty, dates, decimals);
		}

	}

}
