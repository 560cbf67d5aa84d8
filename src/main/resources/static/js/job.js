// The job page: a form with data-confirm (cancel) asks before it is sent. The live progress itself needs
// no script of its own: the htmx SSE extension swaps the server's fragments in.
(function () {
	'use strict';

	document.addEventListener('submit', function (event) {
		var form = event.target;
		if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm')
				&& !window.confirm(form.getAttribute('data-confirm'))) {
			event.preventDefault();
		}
	});
})();
