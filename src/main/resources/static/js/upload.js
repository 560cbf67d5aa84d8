// The upload page's drop zone. Without this script the plain file input and submit button
// work as they are; with it, a file can also be dropped on the zone, the chosen file's name
// and size are shown, and a file above the limit is refused before it is sent.
(function () {
	'use strict';

	var form = document.getElementById('upload-form');
	var zone = document.getElementById('drop-zone');
	var input = document.getElementById('file');
	if (!form || !zone || !input) {
		return;
	}
	var chosen = document.getElementById('chosen');
	var tooLarge = document.getElementById('too-large-now');
	var maxBytes = Number(form.getAttribute('data-max-bytes')) || 0;

	document.getElementById('drop-hint').hidden = false;
	zone.classList.add('enhanced');

	function size(bytes) {
		var units = ['B', 'KB', 'MB', 'GB'];
		var i = 0;
		while (bytes >= 1024 && i < units.length - 1) {
			bytes /= 1024;
			i++;
		}
		return (i === 0 ? bytes : bytes.toFixed(1)) + ' ' + units[i];
	}

	function show() {
		var file = input.files && input.files[0];
		chosen.hidden = !file;
		chosen.textContent = file ? file.name + ' (' + size(file.size) + ')' : '';
		var over = !!file && maxBytes > 0 && file.size > maxBytes;
		tooLarge.hidden = !over;
		input.setAttribute('aria-invalid', over ? 'true' : 'false');
		return !over;
	}

	input.addEventListener('change', show);

	['dragenter', 'dragover'].forEach(function (name) {
		zone.addEventListener(name, function (event) {
			event.preventDefault();
			zone.classList.add('dragging');
		});
	});
	['dragleave', 'dragend'].forEach(function (name) {
		zone.addEventListener(name, function () {
			zone.classList.remove('dragging');
		});
	});
	zone.addEventListener('drop', function (event) {
		event.preventDefault();
		zone.classList.remove('dragging');
		if (event.dataTransfer && event.dataTransfer.files.length > 0) {
			input.files = event.dataTransfer.files;
			show();
			input.focus();
		}
	});

	form.addEventListener('submit', function (event) {
		if (!show()) {
			event.preventDefault();
			input.focus();
		}
	});
})();
