package intake.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import intake.job.ImportJob;
import intake.job.ImportJobs;
import intake.plan.EntityCounts;
import intake.schema.ImportTypes;
import intake.security.IntakePrincipal;
import intake.security.UserAccounts;

/**
 * {@code /imports?page=N}: the tenant's imports, newest first, {@value #PAGE_SIZE} a
 * page, from the same facade as {@code GET /api/v1/imports}; each with who uploaded it,
 * its counts, until when it can be undone and a link to undo it while it can.
 */
@Controller
class HistoryPage {

	static final int PAGE_SIZE = 25;

	private final ImportJobs imports;

	private final UserAccounts accounts;

	private final Clock clock;

	HistoryPage(ImportJobs imports, UserAccounts accounts, Clock clock) {
		this.imports = imports;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * One import as the history shows it.
	 *
	 * @param job the import
	 * @param type the import type's label in the page's language
	 * @param username who uploaded it; empty for an import from before there were users
	 * @param undoable whether undo is possible now
	 * @param created records created, over every entity
	 * @param updated records updated, over every entity
	 */
	record Row(ImportJob job, String type, Optional<String> username, boolean undoable, long created, long updated) {
	}

	@GetMapping("/imports")
	String list(@AuthenticationPrincipal IntakePrincipal user, @RequestParam(defaultValue = "1") String page,
			Locale locale, Model model) {
		int number = Pages.number(page);
		long tenantId = user.tenantId();
		long total = this.imports.count(tenantId);
		Map<Long, String> usernames = new HashMap<>();
		this.accounts.list(tenantId).forEach((a) -> usernames.put(a.id(), a.username()));
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Row> rows = this.imports.list(tenantId, PAGE_SIZE, (long) (number - 1) * PAGE_SIZE)
			.stream()
			.map((job) -> row(tenantId, job, usernames, now, locale))
			.toList();
		model.addAttribute("user", user);
		model.addAttribute("rows", rows);
		Pages.describe(model, number, PAGE_SIZE, total, rows.size());
		return "history/list";
	}

	private Row row(long tenantId, ImportJob job, Map<Long, String> usernames, OffsetDateTime now, Locale locale) {
		String type = ImportTypes.find(job.type())
			.map((t) -> t.labels().getOrDefault(locale.getLanguage(), t.label()))
			.orElse(job.type());
		Optional<String> username = this.imports.createdBy(tenantId, job.id()).map(usernames::get);
		long created = job.counts().values().stream().mapToLong(EntityCounts::created).sum();
		long updated = job.counts().values().stream().mapToLong(EntityCounts::updated).sum();
		return new Row(job, type, username, Undoability.refusal(job, now).isEmpty(), created, updated);
	}

}
