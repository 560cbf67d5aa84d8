package intake.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic companies+contacts files for end-to-end tests, built from a seed so the
 * expected counts are known exactly.
 */
public final class CompanyFiles {

	private static final String[] FIRST = { "Åsa", "Örjan", "Märta", "Göran", "Linnéa", "Håkan", "Sören", "Ängla" };

	private static final String[] LAST = { "Åberg", "Öberg", "Jönsson", "Ström", "Bäckström", "Hägglund", "Ångström" };

	private static final String[] NAMES = { "Älvdalens Trä AB", "Örebro \"Bygg\" & Co AB", "Sjö; Hav AB",
			"Åkesson Måleri HB", "Fjällhandel i Östersund AB", "Bröderna Björk \"Rör\" AB", "Västra Ängens Städ; AB",
			"Göteborgs Järn AB" };

	private CompanyFiles() {
	}

	/** A generated Swedish file and what importing it must give. */
	public record Generated(byte[] bytes, int companies, int contacts, List<String> companyNames) {
	}

	/**
	 * A windows-1252, {@code ;}, CRLF file with Swedish headers: {@code companies}
	 * companies with 1–5 contacts each (one row per contact, company repeated), quoted
	 * {@code ;} and quotes in names, å/ä/ö everywhere.
	 */
	public static Generated swedish(int companies, long seed, Charset charset) {
		return swedish(companies, seed, charset, 556000, 100, "");
	}

	/**
	 * As {@link #swedish(int, long, Charset)}, with organisation numbers from
	 * {@code orgStem}, customer numbers from {@code customerBase} and a tag in every
	 * e-mail, so files of one test never meet those of another.
	 */
	public static Generated swedish(int companies, long seed, Charset charset, int orgStem, int customerBase,
			String tag) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder();
		csv.append("Företagsnamn;Organisationsnummer;Kundnummer;Adress;Postnummer;Ort;Telefon;E-post;"
				+ "Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post;Befattning\r\n");
		int contacts = 0;
		List<String> names = new ArrayList<>();
		for (int c = 0; c < companies; c++) {
			String name = NAMES[c % NAMES.length] + ((c >= NAMES.length) ? " " + c : "");
			names.add(name);
			String orgNo = swedishOrgNo(orgStem + c);
			int n = 1 + random.nextInt(5);
			for (int k = 0; k < n; k++) {
				String first = FIRST[random.nextInt(FIRST.length)];
				String last = LAST[random.nextInt(LAST.length)];
				csv.append(quote(name))
					.append(';')
					.append(orgNo)
					.append(';')
					.append(String.format("%05d", customerBase + c));
				csv.append(';').append(quote("Storgatan " + (c + 1) + "; uppgång B")).append(';').append("123 45");
				csv.append(";Västerås;021-12 34 5")
					.append(c % 10)
					.append(';')
					.append("info")
					.append(c)
					.append("@foretag.se");
				csv.append(';').append(first).append(';').append(last).append(';');
				csv.append("kontakt").append(tag).append(c).append('.').append(k).append("@foretag.se;");
				csv.append(quote("Ekonomichef; \"vice\" VD")).append("\r\n");
				contacts++;
			}
		}
		return new Generated(csv.toString().getBytes(charset), companies, contacts, names);
	}

	/** A valid Swedish organisation number (Luhn) from a 6-digit stem, as NNNNNN-NNNN. */
	/** The next range {@link #orgStem} hands out; a random start per JVM. */
	private static final java.util.concurrent.atomic.AtomicInteger NEXT_STEM = new java.util.concurrent.atomic.AtomicInteger(
			new java.util.Random().nextInt(90));

	/**
	 * A stem for {@link #swedishOrgNo} whose next 3,000 numbers all have the third digit
	 * at least 2, as a company's organisation number has (with 0 or 1 there, the number
	 * reads as a sole trader's personnummer and must be a valid date). The ranges are
	 * handed out in turn, 90 of them before one comes again, so tests sharing a database
	 * in one JVM never meet each other's companies; they stay below 550000, clear of the
	 * default 556000.
	 */
	public static int orgStem() {
		int slot = Math.floorMod(NEXT_STEM.getAndIncrement(), 90);
		return (10 + slot / 2) * 10000 + 2000 + (slot % 2) * 3000;
	}

	public static String swedishOrgNo(int stem) {
		String nine = String.format("%06d", stem) + "123";
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int d = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (d > 9) ? d - 9 : d;
		}
		int check = (10 - sum % 10) % 10;
		String ten = nine + check;
		return ten.substring(0, 6) + "-" + ten.substring(6);
	}

	static String quote(String value) {
		if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	public static byte[] utf8Bom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		return bytes;
	}

}
