package intake.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import intake.schema.FieldDef;
import intake.schema.ImportTypes;

import static org.assertj.core.api.Assertions.assertThat;

class PresentFieldsTest {

	/**
	 * For rows holding any subset of the companies type's company and contact fields
	 * (some null), E.164 copies and keys of no field: exactly the fields with a value, in
	 * the list's order, as looking every field up finds them; a row forgets the one
	 * before.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void theFieldsWithAValueComeInTheListsOrder(long seed) {
		Random random = new Random(seed);
		for (String entity : List.of("companies", "contacts")) {
			List<FieldDef> fields = ImportTypes.find("companies").orElseThrow().fieldsOf(entity);
			List<String> keys = ImportTypes.find("companies")
				.orElseThrow()
				.fields()
				.stream()
				.map(FieldDef::key)
				.toList();
			PresentFields present = new PresentFields(fields);
			for (int row = 0; row < 500; row++) {
				Map<String, Object> values = new HashMap<>();
				for (String key : keys) {
					int draw = random.nextInt(4);
					if (draw == 0) {
						values.put(key, "v" + row);
					}
					else if (draw == 1) {
						values.put(key, null);
					}
				}
				values.put("CompanyPhoneE164", "+46" + row);
				values.put("unknown" + row, "x");
				List<Integer> expected = new ArrayList<>();
				for (int i = 0; i < fields.size(); i++) {
					if (values.get(fields.get(i).key()) != null) {
						expected.add(i);
					}
				}
				List<Integer> found = new ArrayList<>();
				present.scan(values);
				for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
					found.add(i);
				}
				assertThat(found).as("row %d of %s", row, entity).isEqualTo(expected);
			}
			assertThat(present.scan(Map.of()).next(0)).isEqualTo(-1);
		}
	}

}
