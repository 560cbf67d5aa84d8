package intake.web;

import org.springframework.ui.Model;

/** Paging of the history and records lists: page numbers from the query string. */
final class Pages {

	private Pages() {
	}

	/** A page number, 1 or more; anything else is the first page. */
	static int number(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page.strip()), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/**
	 * Adds {@code page}, {@code pages}, {@code total}, {@code first} and {@code last}
	 * (the positions shown, 1-based) to the model.
	 */
	static void describe(Model model, int number, int size, long total, int shown) {
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
		model.addAttribute("total", total);
		model.addAttribute("first", (long) (number - 1) * size + 1);
		model.addAttribute("last", (long) (number - 1) * size + shown);
	}

}
