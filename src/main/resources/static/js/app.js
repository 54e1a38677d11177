// Microcred front-end glue: CSRF header for htmx, error display, confirmations. No inline script anywhere (CSP).
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // the page's texts for messages written from script, in the page's language (data-msg-* on <body>)
  function text(name, fallback) {
    var value = document.body && document.body.getAttribute('data-msg-' + name);
    return value || fallback;
  }
  // the browser's time zone, so dates are shown in it until the person saves one in their profile
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('microcred-tz=' + zone) < 0) {
      document.cookie = 'microcred-tz=' + zone + '; path=/; max-age=31536000; samesite=lax';
    }
  } catch (ignored) { /* an old browser: the installation's time zone is used */ }
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
      ? text('conflict', 'Someone else changed this meanwhile. Reload the page and try again.')
      : status === 413 ? text('too-large', 'That upload is too large.')
      : status >= 500 ? text('server-error', 'Something went wrong on our side. Please try again in a moment.')
      : text('rejected', 'That could not be done. Please check what you entered.');
    box.hidden = false;
  });
  document.addEventListener('htmx:sendError', function () {
    var box = document.getElementById('htmx-error');
    if (box) { box.textContent = text('unreachable', 'The server could not be reached. Your last change may not be saved.'); box.hidden = false; }
  });
  // After htmx replaces part of a page, say what happened and keep the person's place. A live region inserted with
  // the new content is often not read, so the message goes into one of the page's two lasting regions (#live-status,
  // #live-alert at the end of <body>): the new content's [data-announce] element, else its role=status/alert text.
  // Focus follows data-focus-after-swap (on the new content or around the element that asked): "heading" moves to
  // the new content's first heading, "error" to the first invalid field or error; otherwise, and whenever the swap
  // took the focused element away, focus stays on (or returns to) the element that asked, else the new heading.
  var lastSaid = {};
  function announce(text, urgent) {
    var region = document.getElementById(urgent ? 'live-alert' : 'live-status');
    if (!region || !text) { return; }
    region.textContent = '';
    // emptied first and filled a moment later, so the same words said twice are read twice
    setTimeout(function () { region.textContent = text; }, 60);
  }
  function focusOn(el) {
    if (!el) { return false; }
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) { el.setAttribute('tabindex', '-1'); }
    el.focus();
    return document.activeElement === el;
  }
  function within(root, selector) {
    return root.matches && root.matches(selector) ? root : root.querySelector(selector);
  }
  document.addEventListener('htmx:afterSwap', function (event) {
    var content = event.target;
    if (!content || !content.isConnected) { return; }
    var trigger = event.detail.requestConfig ? event.detail.requestConfig.elt : event.detail.elt;
    var ruled = content.closest('[data-focus-after-swap]') || within(content, '[data-focus-after-swap]')
      || (trigger && trigger.closest && trigger.closest('[data-focus-after-swap]'));
    var rule = ruled ? ruled.getAttribute('data-focus-after-swap') : 'trigger';
    var said = within(content, '[data-announce]');
    var alert = within(content, '[role=alert]');
    var text = said ? (said.getAttribute('data-announce') || said.textContent)
      : alert ? alert.textContent : (within(content, '[role=status]') || {}).textContent;
    text = text ? text.replace(/\s+/g, ' ').trim() : '';
    var key = content.id || (trigger && trigger.id) || '';
    if (text && lastSaid[key] !== text) {
      lastSaid[key] = text;
      announce(text, !!alert && !said);
    }
    var heading = within(content, 'h1, h2, h3, h4');
    if (rule === 'heading' && focusOn(heading)) { return; }
    if (rule === 'error' && focusOn(within(content, '[aria-invalid=true], .field-error, [role=alert]'))) { return; }
    var lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
    if (!lost || rule === 'none') { return; }
    if (trigger && trigger.isConnected && focusOn(trigger)) { return; }
    var again = trigger && trigger.id ? document.getElementById(trigger.id) : null;
    if (!focusOn(again)) { focusOn(heading || content); }
  });
  // <details data-open-wide> (the catalog's filter drawer) starts open on wide screens, closed on phones
  document.addEventListener('DOMContentLoaded', function () {
    if (window.matchMedia('(min-width: 48rem)').matches) {
      document.querySelectorAll('details[data-open-wide]').forEach(function (d) { d.open = true; });
    }
  });
  // <textarea data-word-count="id-of-counter" data-word-max data-word-min>: a live word count with the part's limits,
  // counted as the server counts them (runs of white space between words); texts from its data-msg-* attributes
  function countWords(area) {
    var counter = document.getElementById(area.getAttribute('data-word-count'));
    if (!counter) { return; }
    var trimmed = area.value.trim();
    var words = trimmed === '' ? 0 : trimmed.split(/\s+/).length;
    var max = parseInt(area.getAttribute('data-word-max') || '0', 10);
    var min = parseInt(area.getAttribute('data-word-min') || '0', 10);
    var say = function (name, n) { return (area.getAttribute('data-msg-' + name) || '{0}').replace('{0}', n); };
    var parts = [say('words', words)];
    if (!counter.hasAttribute('data-limits')) { counter.setAttribute('data-limits', counter.textContent); }
    if (counter.getAttribute('data-limits')) { parts.push(counter.getAttribute('data-limits')); }
    if (max > 0 && words > max) { parts.push(say('over', words - max)); }
    else if (min > 0 && words < min) { parts.push(say('short', min - words)); }
    counter.textContent = parts.join(' · ');
    counter.classList.toggle('field-error', max > 0 && words > max);
  }
  document.addEventListener('input', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-word-count')) { countWords(event.target); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-word-count]').forEach(countWords);
  });
  // <form data-warn-unsaved>: leaving the page with changes not sent asks first (data-dirty="true": the page
  // already holds unsaved changes, e.g. a row was just added); sending the form itself never asks
  document.addEventListener('input', function (event) {
    var form = event.target.form || (event.target.closest && event.target.closest('form'));
    if (form && form.hasAttribute('data-warn-unsaved')) { form.setAttribute('data-dirty', 'true'); }
  });
  document.addEventListener('submit', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-warn-unsaved')) {
      event.target.setAttribute('data-leaving', 'true');
    }
  });
  window.addEventListener('beforeunload', function (event) {
    var forms = document.querySelectorAll('form[data-warn-unsaved][data-dirty="true"]:not([data-leaving])');
    if (forms.length > 0) {
      event.preventDefault();
      event.returnValue = forms[0].getAttribute('data-msg-unsaved') || '';
      return event.returnValue;
    }
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
    // a long submission (data-long, e.g. a roster dry run) keeps its "under way" state until the next page
    if (!form.hasAttribute('data-long')) {
      setTimeout(function () { form.dataset.submitting = 'false'; }, 8000);
    }
  });
  // <form data-upload>: send with XMLHttpRequest to show progress; the server answers JSON. Its texts come from
  // data-msg-* on the form or around it, in the page's language ({0} in the progress text is the percentage).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload') || event.defaultPrevented) { return; }
    event.preventDefault();
    var texts = form.closest('[data-msg-uploading]') || form;
    function say(name, fallback) { return texts.getAttribute('data-msg-' + name) || fallback; }
    var progress = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type=submit]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', 'application/json');
    var token = meta('_csrf'), header = meta('_csrf_header');
    if (token && header) { xhr.setRequestHeader(header, token); }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable && progress) {
        progress.hidden = false;
        progress.value = Math.round(100 * e.loaded / e.total);
        status.textContent = say('progress', 'Uploading: {0}%').replace('{0}', progress.value);
      }
    });
    xhr.addEventListener('load', function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = {}; }
      if (xhr.status === 200 && answer.ok) {
        window.location.href = answer.redirect || window.location.href;
        window.location.reload();
      } else {
        status.textContent = answer.message || answer.detail || say('failed', 'The upload failed. Please try again.');
        status.classList.add('field-error');
        if (progress) { progress.hidden = true; }
        button.disabled = false;
        form.dataset.submitting = 'false';
      }
    });
    xhr.addEventListener('error', function () {
      status.textContent = say('lost', 'The connection was lost during the upload. Please try again.');
      status.classList.add('field-error');
      button.disabled = false;
      form.dataset.submitting = 'false';
    });
    status.classList.remove('field-error');
    status.textContent = say('uploading', 'Uploading…');
    button.disabled = true;
    xhr.send(new FormData(form));
  });
  // <button data-copy="id-of-field" data-copied="id-of-status" hidden>: copies the field's text (a badge page's link);
  // without script the button stays hidden and the read-only field shows the text to copy by hand
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('button[data-copy]').forEach(function (button) { button.hidden = false; });
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-copy]') : null;
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copied'));
    if (!field) { return; }
    var say = function (ok) {
      if (status) { status.textContent = status.getAttribute(ok ? 'data-msg-done' : 'data-msg-failed') || ''; }
    };
    var byHand = function () {
      field.focus();
      field.select();
      var done = false;
      try { done = document.execCommand('copy'); } catch (ignored) { done = false; }
      say(done);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(function () { say(true); }, byHand);
    } else {
      byHand();
    }
  });
})();
