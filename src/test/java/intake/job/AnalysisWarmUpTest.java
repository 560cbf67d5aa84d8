package intake.job;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisWarmUpTest {

	@Test
	void theGeneratedFileIsAnalysedAsAnUploadWouldBe() {
		byte[] file = AnalysisWarmUp.companies(new Random(1), 2_000);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("Företagsnamn;Organisationsnummer;").contains("\"Ring före kl. 10;\r\nhelst");
		// every data row profiled: the quoted line breaks stay inside their fields
		assertThat(AnalysisWarmUp.analyse(file)).isEqualTo(2_000);
	}

	@Test
	void theSecondLayoutHasLfLineEndsAndIsAnalysedToo() {
		byte[] file = AnalysisWarmUp.withCustomerNumbers(new Random(1), 2_000);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("Företagsnamn;Organisationsnummer;Kundnummer;").doesNotContain("\r");
		assertThat(AnalysisWarmUp.analyse(file)).isEqualTo(2_000);
	}

	@Test
	void theWarmUpAnalysesAtLeastTheBytesAskedFor() {
		long rows = AnalysisWarmUp.run(1);
		assertThat(rows).isEqualTo(20_000);
		// the first file has the first layout, the second the other
		assertThat(AnalysisWarmUp.run(AnalysisWarmUp.companies(new Random(20261207L), 20_000).length + 1))
			.isEqualTo(40_000);
	}

}
