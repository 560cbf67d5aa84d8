package intake.job;

import java.util.List;

/**
 * A page of the preview with the totals over the whole file.
 *
 * @param summary totals and per-entity counts
 * @param items the rows of the page
 */
public record Preview(PreviewSummary summary, List<PreviewItem> items) {

	public Preview {
		items = List.copyOf(items);
	}

}
