// Microcred front-end glue: CSRF header for htmx, error display, confirmations. No inline script anywhere (CSP).
(function () {
  'use strict';
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf'), header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });
  document.addEventListener('htmx:responseError', function (event) {
    var box = document.getElementById('htmx-error');
    if (!box) { return; }
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    box.textContent = status === 409
      ? 'Someone else changed this meanwhile. Reload the page and try again.'
      : status === 413 ? 'That upload is too large.'
      : status >= 500 ? 'Something went wrong on our side. Please try again in a moment.'
      : 'That could not be done. Please check what you entered.';
    box.hidden = false;
  });
  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('htmx-error');
    if (box) { box.textContent = 'The server could not be reached. Your last change may not be saved.'; box.hidden = false; }
  });
  // <form data-confirm="Are you sure?"> asks before submitting
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  }, true);
  // a second click on a submit button while the first submission is under way does nothing
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.hasAttribute('data-allow-resubmit')) { return; }
    if (form.dataset.submitting === 'true') { event.preventDefault(); return; }
    form.dataset.submitting = 'true';
    setTimeout(function () { form.dataset.submitting = 'false'; }, 8000);
  });
})();
