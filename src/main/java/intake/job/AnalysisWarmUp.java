package intake.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the upload's analysis (encoding and delimiter detection, parsing and profiling,
 * each on its own thread as for an upload) over generated Swedish company files while the
 * service starts, so that the JIT has compiled that path before the first upload: the
 * first 1M-row upload after a start otherwise spends over a second more in interpreted
 * and partly compiled code. The files vary as uploads do (two layouts, CRLF and LF line
 * ends, cells that look like a date and a time but are not): a branch the warm-up never
 * took makes the JIT throw the compiled profiling code away when the first upload takes
 * it, and compile it again during that upload. Nothing is stored; the work runs beside
 * Spring's start, which keeps mostly one core busy. Plain Java, started from
 * {@code main}: tests that start the application context do not run it.
 */
public final class AnalysisWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(AnalysisWarmUp.class);

	/** Bytes analysed in all; enough for the JIT to compile the hot loops at C2. */
	static final long DEFAULT_BYTES = 48L * 1024 * 1024;

	private static final String[] COMPANY = { "Nordsjö", "Ängby", "Åkerlund", "Björk", "Sörmlands", "Fjäll", "Östra",
			"Hälsinge", "Lindqvist", "Mälar", "Vänern", "Göta" };

	private static final String[] SUFFIX = { "AB", "Handelsbolag", "Bygg AB", "& Söner AB", "Konsult AB",
			"Ekonomisk förening" };

	private static final String[] FIRST = { "Åsa", "Björn", "Märta", "Örjan", "Lars", "Karin", "Sören", "Maja",
			"Per-Olof", "Ingrid" };

	private static final String[] LAST = { "Andersson", "Öberg", "Ström", "Nyström", "Lindgren", "Åberg", "Sjöberg",
			"Holm" };

	private static final String[] ROLE = { "VD", "Ekonomichef", "Inköpare", "Säljare", "Lagerchef", "Kundansvarig" };

	private static final String[] CITY = { "Göteborg", "Malmö", "Umeå", "Västerås", "Örebro", "Luleå", "Jönköping",
			"Norrköping" };

	private AnalysisWarmUp() {
	}

	/**
	 * Starts the warm-up on a daemon thread of low priority, unless
	 * {@code -Dintake.warm-up=false} or {@code INTAKE_WARM_UP=false}.
	 * @return the thread, or empty when switched off
	 */
	public static Optional<Thread> start() {
		String setting = System.getProperty("intake.warm-up", System.getenv().getOrDefault("INTAKE_WARM_UP", "true"));
		if (!Boolean.parseBoolean(setting)) {
			return Optional.empty();
		}
		Thread thread = new Thread(() -> {
			long started = System.nanoTime();
			try {
				long rows = run(DEFAULT_BYTES);
				logger.info(String.format("Analysis warmed up on %d generated rows in %.2f s", rows,
						(System.nanoTime() - started) / 1e9));
			}
			catch (RuntimeException ex) {
				logger.warn("The analysis warm-up failed; the first upload runs on code not yet compiled", ex);
			}
		}, "analysis-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
		return Optional.of(thread);
	}

	/**
	 * Analyses generated files of {@code bytes} in all, as uploads are analysed.
	 * @return the rows profiled
	 */
	static long run(long bytes) {
		Random random = new Random(20261207L);
		long rows = 0;
		for (long done = 0, files = 0; done < bytes; files++) {
			// both line endings and both layouts: code compiled for one only is thrown
			// away
			// (deoptimised) and compiled again when the first upload takes the other
			byte[] file = (files % 2 == 0) ? companies(random, 20_000) : withCustomerNumbers(random, 20_000);
			rows += analyse(file);
			done += file.length;
		}
		return rows;
	}

	/** The rows the analysis profiled in {@code file}, through the upload's own taps. */
	static long analyse(byte[] file) {
		SourceRequest request = new SourceRequest(Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty());
		EarlyDetection detection = new EarlyDetection(request);
		EarlyProfile profile = new EarlyProfile(request);
		try (InputStream in = detection.tee(profile.tee(new ByteArrayInputStream(file)))) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			detection.finish();
		}
		return profile.finish().map((pass) -> pass.result().rows()).orElse(0L);
	}

	/**
	 * A Swedish company and contact file as Excel saves it: semicolons, UTF-8, å ä ö,
	 * quoted fields with separators and quotes, dates, numbers, phones and emails.
	 */
	static byte[] companies(Random random, int rows) {
		StringBuilder text = new StringBuilder(rows * 220);
		text.append("Företagsnamn;Organisationsnummer;Gatuadress;Postnummer;Ort;Telefon;E-post;Webbplats;")
			.append("Förnamn;Efternamn;Mobil;Kontaktens e-post;Omsättning;Anställda;Kund sedan;Anteckning\r\n");
		for (int i = 0; i < rows; i++) {
			String company = pick(random, COMPANY) + " " + pick(random, SUFFIX);
			String first = pick(random, FIRST);
			String last = pick(random, LAST);
			String domain = "f" + random.nextInt(100_000) + ".se";
			text.append((random.nextInt(10) == 0) ? "\"" + company + "; \"\"Filial\"\"\"" : company).append(';');
			orgNumber(text, random).append(';')
				.append(pick(random, CITY))
				.append("vägen ")
				.append(1 + random.nextInt(200))
				.append(';')
				.append(100 + random.nextInt(900))
				.append(' ');
			digits(text, random.nextInt(100), 2).append(';').append(pick(random, CITY)).append(';').append("08-");
			digits(text, random.nextInt(1000), 3).append(' ');
			digits(text, random.nextInt(100), 2).append(' ');
			digits(text, random.nextInt(100), 2).append(";info@")
				.append(domain)
				.append(";https://www.")
				.append(domain)
				.append(';')
				.append(first)
				.append(';')
				.append(last)
				.append(';')
				.append("+46 70 ");
			digits(text, random.nextInt(1000), 3).append(' ');
			digits(text, random.nextInt(100), 2).append(' ');
			email(digits(text, random.nextInt(100), 2).append(';'), first, last, domain).append(';')
				.append(random.nextInt(90_000))
				.append(' ');
			digits(text, random.nextInt(1000), 3).append(',');
			digits(text, random.nextInt(100), 2).append(';').append(random.nextInt(500)).append(';').append("20");
			digits(text, random.nextInt(25), 2).append('-');
			digits(text, 1 + random.nextInt(12), 2).append('-');
			digits(text, 1 + random.nextInt(28), 2).append(';')
				.append((random.nextInt(4) == 0) ? "\"Ring före kl. 10;\r\nhelst på mobilen\"" : "")
				.append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A company and contact file as other tools write it: LF line ends, customer numbers
	 * and countries, postcodes with and without the space, phones written several ways,
	 * and a time stamp column (a date followed by a time).
	 */
	static byte[] withCustomerNumbers(Random random, int rows) {
		StringBuilder text = new StringBuilder(rows * 200);
		text.append("Företagsnamn;Organisationsnummer;Kundnummer;Adress;Postnummer;Ort;Land;Telefon;E-post;")
			.append("Webbplats;Kontaktperson förnamn;Kontaktperson efternamn;Kontakt e-post;Kontakt telefon;")
			.append("Befattning;Senast kontaktad\n");
		for (int i = 0; i < rows; i++) {
			String company = pick(random, COMPANY) + " " + pick(random, SUFFIX);
			String first = pick(random, FIRST);
			String last = pick(random, LAST);
			String domain = "k" + random.nextInt(100_000) + ".se";
			orgNumber(text.append(company).append(';'), random).append(';');
			digits(text, i + 1, 7).append(';')
				.append((random.nextInt(5) == 0) ? "Box " : pick(random, CITY) + "gatan ")
				.append(1 + random.nextInt(2000))
				.append(';')
				.append(100 + random.nextInt(900));
			if (random.nextBoolean()) {
				text.append(' ');
			}
			digits(text, random.nextInt(100), 2).append(';')
				.append(pick(random, CITY))
				.append(';')
				.append((random.nextInt(3) == 0) ? "SE" : "Sverige")
				.append(';');
			phone(text, random).append(";kontakt@")
				.append(domain)
				.append(random.nextBoolean() ? ";http://" : ";https://www.")
				.append(domain)
				.append(';')
				.append(first)
				.append(';')
				.append(last)
				.append(';');
			email(text, first, last, domain).append(';');
			phone(text, random).append(';').append(pick(random, ROLE)).append(';');
			if (random.nextInt(3) != 0) {
				text.append("20");
				digits(text, random.nextInt(25), 2).append('-');
				digits(text, 1 + random.nextInt(12), 2).append('-');
				digits(text, 1 + random.nextInt(28), 2).append(' ');
				digits(text, random.nextInt(24), 2).append(':');
				digits(text, random.nextInt(60), 2);
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A Swedish organisation number of a limited company: 55NNNN-NNNN. */
	private static StringBuilder orgNumber(StringBuilder text, Random random) {
		text.append("55");
		digits(text, random.nextInt(10_000), 4).append('-');
		return digits(text, random.nextInt(10_000), 4);
	}

	private static StringBuilder email(StringBuilder text, String first, String last, String domain) {
		return text.append(first.toLowerCase(java.util.Locale.ROOT))
			.append('.')
			.append(last.toLowerCase(java.util.Locale.ROOT))
			.append('@')
			.append(domain);
	}

	private static StringBuilder phone(StringBuilder text, Random random) {
		switch (random.nextInt(5)) {
			case 0 -> {
				text.append("08-");
				digits(text, random.nextInt(1000), 3).append(' ');
				digits(text, random.nextInt(100), 2).append(' ');
				digits(text, random.nextInt(100), 2);
			}
			case 1 -> {
				text.append("+46 ").append(10 + random.nextInt(89)).append(' ');
				digits(text, random.nextInt(1000), 3).append(' ');
				digits(text, random.nextInt(100), 2).append(' ');
				digits(text, random.nextInt(100), 2);
			}
			case 2 -> {
				text.append("07");
				digits(text, random.nextInt(100_000_000), 8);
			}
			case 3 -> {
				// eight digits and a dash before the first space, as a date and a time
				// would start: read as neither
				text.append('0').append(100 + random.nextInt(900)).append('-');
				digits(text, random.nextInt(1000), 3).append(' ');
				digits(text, random.nextInt(1000), 3);
			}
			default -> {
				text.append('0').append(100 + random.nextInt(900)).append('-');
				digits(text, random.nextInt(100), 2).append(' ');
				digits(text, random.nextInt(100), 2).append(' ');
				digits(text, random.nextInt(100), 2);
			}
		}
		return text;
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		String digits = Integer.toString(value);
		for (int i = digits.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(digits);
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
