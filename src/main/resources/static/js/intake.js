// Behaviour shared by every page. Loaded as a same-origin script (the Content-Security-Policy
// allows no inline script and no eval); page-specific behaviour lives in its own file.
(function () {
	'use strict';

	// htmx requests that change something carry the session's CSRF token, as forms do.
	document.addEventListener('htmx:configRequest', function (event) {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		if (header && token && event.detail.verb !== 'get') {
			event.detail.headers[header.content] = token.content;
		}
	});

	// Elements with data-autosubmit submit their form when changed (select boxes that apply
	// at once); the form's submit button stays for keyboard users and without JavaScript.
	document.addEventListener('change', function (event) {
		var element = event.target;
		if (element instanceof HTMLElement && element.hasAttribute('data-autosubmit') && element.form) {
			if (typeof element.form.requestSubmit === 'function') {
				element.form.requestSubmit();
			}
			else {
				element.form.submit();
			}
		}
	});
})();
