// Resumable evidence uploads with tus-js-client (vendored in js/vendor): <form data-upload data-resumable="endpoint">
// sends its file in chunks of data-chunk-size bytes, shows a progress bar and an announced progress text, retries
// with back-off when the connection drops, waits for the browser to be back online, and resumes after a reload or a
// closed laptop (tus-js-client keeps each upload's address in localStorage under the file's fingerprint: choosing the
// same file again continues where it stopped). A cancel button deletes the upload. Inputs marked
// data-capture-input (a phone's camera) upload at once. Texts: data-msg-* on the evidence section, in the page's
// language. Without this script (or without tus support) the form posts as it always did.
(function () {
  'use strict';
  if (!window.tus || !window.tus.isSupported) { return; }
  var RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000, 60000, 60000];
  var language = document.documentElement.lang || undefined;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }
  function texts(form) { return form.closest('[data-msg-uploading]') || form; }
  function say(form, name, fallback, values) {
    var text = texts(form).getAttribute('data-msg-' + name) || fallback;
    (values || []).forEach(function (value, i) { text = text.split('{' + i + '}').join(value); });
    return text;
  }
  function size(bytes) {
    var units = ['B', 'KB', 'MB', 'GB', 'TB'], i = 0, n = bytes;
    while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
    return new Intl.NumberFormat(language, { maximumFractionDigits: i > 0 && n < 10 ? 1 : 0 }).format(n) + ' ' + units[i];
  }
  function problem(error) {
    var response = error && error.originalResponse;
    if (!response) { return null; }
    try {
      var body = JSON.parse(response.getBody() || '{}');
      return body.detail || null;
    } catch (ignored) { return null; }
  }
  function statusOf(error) {
    return error && error.originalResponse ? error.originalResponse.getStatus() : 0;
  }

  function send(form, file) {
    if (form.dataset.uploading === 'true') { return; }
    form.dataset.uploading = 'true';
    var progress = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type=submit]');
    var cancel = form.querySelector('[data-upload-cancel]');
    var studentWork = form.querySelector('input[name=studentWork]');
    var headers = {};
    var token = meta('_csrf'), header = meta('_csrf_header');
    if (token && header) { headers[header] = token; }
    var percent = 0, spokenAt = 0, waitingOnline = false;
    function show(text, failed) {
      status.textContent = text;
      status.classList.toggle('field-error', !!failed);
      spokenAt = Date.now();
    }
    function done() {
      form.dataset.uploading = 'false';
      form.dataset.submitting = 'false';
      button.disabled = false;
      if (cancel) { cancel.hidden = true; }
    }
    var upload = new window.tus.Upload(file, {
      endpoint: form.getAttribute('data-resumable'),
      chunkSize: parseInt(form.getAttribute('data-chunk-size'), 10) || Infinity,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      headers: headers,
      metadata: {
        filename: file.name,
        filetype: file.type || '',
        studentWork: studentWork && studentWork.checked ? 'true' : 'false'
      },
      onProgress: function (sent, total) {
        percent = total > 0 ? Math.floor(100 * sent / total) : 0;
        progress.hidden = false;
        progress.value = percent;
        // the bar moves with every chunk; the announced text at most every two seconds, so a screen reader keeps up
        if (Date.now() - spokenAt >= 2000 || sent === total) {
          show(sent === total ? say(form, 'checking', 'Checking the file…')
            : say(form, 'progress-bytes', '{0} % — {1} of {2}', [percent, size(sent), size(total)]));
        }
      },
      onShouldRetry: function (error) {
        var code = statusOf(error);
        if (code === 0 && navigator.onLine === false) { return false; }
        var retry = code === 0 || code >= 500 || code === 409 || code === 423;
        if (retry) { show(say(form, 'retrying', 'The connection dropped. Trying again…', [percent])); }
        return retry;
      },
      onSuccess: function () {
        show(say(form, 'checking', 'Checking the file…'));
        window.location.reload();
      },
      onError: function (error) {
        if (statusOf(error) === 0) {
          // no answer at all: offline, or the server is away; go on by ourselves once the browser is back online
          show(say(form, 'paused', 'No connection. The upload continues when you are back online.'), true);
          if (!waitingOnline) {
            waitingOnline = true;
            window.addEventListener('online', function again() {
              window.removeEventListener('online', again);
              waitingOnline = false;
              show(say(form, 'resuming', 'Continuing where the upload stopped…'));
              upload.start();
            });
          }
          return;
        }
        show(problem(error) || say(form, 'failed', 'The upload failed. Please try again.'), true);
        progress.hidden = true;
        done();
      }
    });
    if (cancel) {
      cancel.hidden = false;
      cancel.onclick = function () {
        upload.abort(true).catch(function () { /* the upload expires by itself */ });
        progress.hidden = true;
        show(say(form, 'cancelled', 'Upload cancelled.'));
        done();
      };
    }
    button.disabled = true;
    show(say(form, 'uploading', 'Uploading…'));
    upload.findPreviousUploads().then(function (previous) {
      if (previous.length > 0) {
        upload.resumeFromPreviousUpload(previous[0]);
        show(say(form, 'resuming', 'Continuing where the upload stopped…'));
      }
      upload.start();
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-resumable') || event.defaultPrevented) { return; }
    var input = form.querySelector('input[type=file][name=file]');
    if (!input || !input.files || input.files.length === 0) { return; }
    event.preventDefault();
    send(form, input.files[0]);
  });
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.hasAttribute || !input.hasAttribute('data-capture-input') || !input.files || !input.files.length) { return; }
    send(input.form, input.files[0]);
  });

  // uploads a reload or a closed laptop interrupted: say which, so the teacher chooses the same file again
  function unfinished(endpoint) {
    var names = [];
    for (var i = 0; i < window.localStorage.length; i++) {
      var key = window.localStorage.key(i);
      if (key && key.indexOf('tus::') === 0 && key.indexOf(endpoint + '::') > 0) {
        try {
          var name = JSON.parse(window.localStorage.getItem(key)).metadata.filename;
          if (name && names.indexOf(name) < 0) { names.push(name); }
        } catch (ignored) { /* not ours */ }
      }
    }
    return names;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-resumable]').forEach(function (form) {
      form.querySelectorAll('[data-capture]').forEach(function (capture) { capture.hidden = false; });
      var names = [];
      try { names = unfinished(form.getAttribute('data-resumable')); } catch (ignored) { names = []; }
      if (names.length > 0) {
        form.querySelector('.upload-status').textContent = say(form, 'unfinished', '“{0}” was not finished.', [names.join(', ')]);
      }
    });
  });
})();
