// The "Match columns" page. A column's select posts its field through htmx and gets the column
// table back; when the server refuses the change (422, e.g. a field another column holds), the
// answer is the same table with the refusal above it and the stored field selected again, so it
// is swapped in like a success instead of being dropped as an error.
(function () {
	'use strict';

	document.addEventListener('htmx:beforeSwap', function (event) {
		var target = event.detail.target;
		if (event.detail.xhr.status === 422 && target && target.id === 'mapping-columns') {
			event.detail.shouldSwap = true;
			event.detail.isError = false;
		}
	});
})();
