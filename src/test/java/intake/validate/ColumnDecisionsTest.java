package intake.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import intake.schema.FieldType;
import intake.schema.ImportType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-column decisions of date order and decimal style, through profiler and validator.
 */
class ColumnDecisionsTest {

	private static final TenantSettings SWEDEN = TenantSettings.defaults();

	private static final TenantSettings US = new TenantSettings("US", Locale.US, ZoneId.of("America/New_York"), "USD");

	private record Column(RowValidator validator, List<String> cells) {

		RowResult row(int index) {
			return this.validator.validate(index + 2, List.of(this.cells.get(index)));
		}

		Object value(int index) {
			return row(index).values().get("F");
		}

	}

	private static Column column(FieldType type, TenantSettings settings, ValidationOptions options, String... cells) {
		ImportType importType = Fields.type(Fields.field("F", "companies", type));
		ColumnProfiler profiler = new ColumnProfiler(options);
		for (String cell : cells) {
			profiler.accept(List.of(cell));
		}
		return new Column(new RowValidator(importType, Map.of("F", 0), profiler.profiles(), settings, options),
				List.of(cells));
	}

	private static Column column(FieldType type, TenantSettings settings, String... cells) {
		return column(type, settings, ValidationOptions.defaults(), cells);
	}

	@Test
	void aDayFirstValueMakesTheColumnDayFirst() {
		Column column = column(FieldType.DATE, US, "01/02/2024", "13/02/2024", "2024-05-06");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(column.value(1)).isEqualTo(LocalDate.of(2024, 2, 13));
		assertThat(column.value(2)).isEqualTo(LocalDate.of(2024, 5, 6));
	}

	@Test
	void aMonthFirstValueMakesTheColumnMonthFirstEvenForANordicTenant() {
		Column column = column(FieldType.DATE, SWEDEN, "01/02/2024", "12/31/2024", "");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(column.value(1)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(column.row(2).values()).isEmpty();
	}

	@Test
	void anAmbiguousColumnFollowsTheTenantLocaleWithAWarning() {
		Column swedish = column(FieldType.DATE, SWEDEN, "01/02/2024", "03/04/2024", "2024-12-31");
		assertThat(swedish.value(0)).isEqualTo(LocalDate.of(2024, 2, 1));
		assertThat(swedish.validator().columnWarnings()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("ambiguous in every value", "read as day.month (the tenant's locale)");

		Column american = column(FieldType.DATE, US, "01/02/2024", "03/04/2024");
		assertThat(american.value(0)).isEqualTo(LocalDate.of(2024, 1, 2));
		assertThat(american.validator().columnWarnings()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("read as month/day (the tenant's locale)");
	}

	@Test
	void anExplicitOrderWinsAndSilencesTheWarning() {
		ValidationOptions options = new ValidationOptions(Set.of(), Map.of("F", DateOrder.MONTH_FIRST), Map.of());
		Column column = column(FieldType.DATE, SWEDEN, options, "01/02/2024", "03/04/2024");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(LocalDate.of(2024, 1, 2));
	}

	@Test
	void aConflictingColumnRejectsTheValuesThatFitBothOrders() {
		Column column = column(FieldType.DATE, SWEDEN, "13/01/2024", "01/13/2024", "02/03/2024", "05/05/2024");
		assertThat(column.validator().columnWarnings()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("some dates fit only day.month and others only month/day");
		assertThat(column.value(0)).isEqualTo(LocalDate.of(2024, 1, 13));
		assertThat(column.value(1)).isEqualTo(LocalDate.of(2024, 1, 13));
		assertThat(column.row(2).errors()).singleElement()
			.extracting(Violation::message)
			.isEqualTo("'02/03/2024' could be 2 March or 3 February, and this column mixes day-first and month-first"
					+ " dates; write it as yyyy-mm-dd");
		assertThat(column.value(3)).isEqualTo(LocalDate.of(2024, 5, 5));
	}

	@Test
	void anInvalidDateIsAnErrorInAnyColumn() {
		Column column = column(FieldType.DATE, SWEDEN, "31.02.2024", "01.03.2024");
		assertThat(column.row(0).errors()).singleElement()
			.extracting(Violation::message)
			.isEqualTo("'31.02.2024' is not a date (expected e.g. 31.12.2024 or 2024-12-31)");
	}

	@Test
	void aCommaDecimalColumnReadsAmbiguousValuesWithTheComma() {
		Column column = column(FieldType.DECIMAL, US, "1 234,50", "1,234", "1.234", "7");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(new BigDecimal("1234.50"));
		assertThat(column.value(1)).isEqualTo(new BigDecimal("1.234"));
		assertThat(column.value(2)).isEqualTo(new BigDecimal("1234"));
		assertThat(column.value(3)).isEqualTo(new BigDecimal("7"));
	}

	@Test
	void aDotDecimalColumnReadsAmbiguousValuesWithThePoint() {
		Column column = column(FieldType.DECIMAL, SWEDEN, "1,234.50", "1,234", "1.234");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(new BigDecimal("1234.50"));
		assertThat(column.value(1)).isEqualTo(new BigDecimal("1234"));
		assertThat(column.value(2)).isEqualTo(new BigDecimal("1.234"));
	}

	@Test
	void anUndecidedDecimalColumnFollowsTheTenantLocaleWithAWarning() {
		Column swedish = column(FieldType.DECIMAL, SWEDEN, "1,234", "12");
		assertThat(swedish.value(0)).isEqualTo(new BigDecimal("1.234"));
		assertThat(swedish.validator().columnWarnings()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("'1,234' could use either decimal style", "read with the decimal comma (the tenant's locale)");

		Column american = column(FieldType.DECIMAL, US, "1,234");
		assertThat(american.value(0)).isEqualTo(new BigDecimal("1234"));
		assertThat(american.validator().columnWarnings()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("read with the decimal point (the tenant's locale)");

		Column plain = column(FieldType.DECIMAL, SWEDEN, "12", "1 000");
		assertThat(plain.validator().columnWarnings()).isEmpty();
		assertThat(plain.value(1)).isEqualTo(new BigDecimal("1000"));
	}

	@Test
	void aMixedDecimalColumnRejectsValuesThatFitBothStyles() {
		Column column = column(FieldType.DECIMAL, SWEDEN, "1,5", "2.5", "1,234");
		assertThat(column.validator().columnWarnings()).hasSize(1);
		assertThat(column.value(0)).isEqualTo(new BigDecimal("1.5"));
		assertThat(column.value(1)).isEqualTo(new BigDecimal("2.5"));
		assertThat(column.row(2).errors()).singleElement()
			.extracting(Violation::message)
			.asString()
			.contains("could be 1.234 or 1234");
	}

	@Test
	void anExplicitDecimalStyleWins() {
		ValidationOptions options = new ValidationOptions(Set.of(), Map.of(), Map.of("F", DecimalStyle.DOT_DECIMAL));
		Column column = column(FieldType.DECIMAL, SWEDEN, options, "1,234");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(new BigDecimal("1234"));
	}

	@Test
	void anUndecidedWholeNumberColumnReadsSeparatorsAsThousands() {
		Column column = column(FieldType.INTEGER, SWEDEN, "1,234", "12");
		assertThat(column.validator().columnWarnings()).isEmpty();
		assertThat(column.value(0)).isEqualTo(1234L);
		assertThat(column(FieldType.INTEGER, SWEDEN, "12,5").row(0).errors()).singleElement()
			.extracting(Violation::message)
			.isEqualTo("'12,5' is not a whole number");
	}

	@Test
	void profilesKeepThreeDistinctSamplesAndCounts() {
		ColumnProfiler profiler = new ColumnProfiler();
		for (String cell : List.of(" a ", "a", "", "b", "'c", "d", "\u00A0")) {
			profiler.accept(List.of(cell, "1,5"));
		}
		profiler.accept(List.of("x"));
		List<ColumnProfile> profiles = profiler.profiles();
		assertThat(profiles).hasSize(2);
		assertThat(profiles.get(0).samples()).containsExactly("a", "b", "c");
		assertThat(profiles.get(0).nonEmpty()).isEqualTo(6);
		assertThat(profiles.get(0).empty()).isEqualTo(2);
		assertThat(profiles.get(1).decimalStyles()).containsExactly(DecimalStyle.COMMA_DECIMAL);
		assertThat(profiles.get(1).dateOrders()).isEmpty();
	}

}
