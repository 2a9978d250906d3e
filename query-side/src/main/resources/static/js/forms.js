/*
 * The form machinery of the writing pages: JSON posts to the write API (with the CSRF header of a
 * browser session), the signed-in person's roles, labelled fields whose problems from the API
 * (RFC 9457, errors: [{field, detail}]) appear next to the field, modal dialogs, and the default
 * effective date.
 */
'use strict';

const Forms = (() => {
  const L = Ledger;
  const el = L.el;
  let serial = 0;

  /** Spring Security's cookie: present only for a browser session, which must echo it. */
  function csrfHeaders() {
    const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
  }

  /** {ok, status, body}: the answer, or the problem, parsed; never throws for an HTTP status. */
  async function request(method, path, body, query) {
    const url = new URL(path, location.origin);
    Object.entries(query || {}).filter(([, v]) => v !== '' && v !== null && v !== undefined)
      .forEach(([k, v]) => url.searchParams.set(k, v));
    const headers = Object.assign({ Accept: 'application/json, application/problem+json' }, csrfHeaders());
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url.toString(), { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      return { ok: false, status: 0, body: { title: 'Servern kunde inte nås', detail: String(error.message || error) } };
    }
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch (ignored) {
      parsed = { title: 'Servern svarade ' + response.status };
    }
    return { ok: response.ok, status: response.status, body: parsed };
  }

  const post = (path, body, query) => request('POST', path, body, query);

  let rolesAsked = null;
  /**
   * The roles of the signed-in person (GET /api/me, shared with the top bar). A ledger without that
   * endpoint shows the forms and lets the API's 403 answer speak.
   */
  function roles() {
    rolesAsked = rolesAsked || L.get('/api/me').then(
      me => new Set((me.roles || []).map(r => String(r).replace(/^ROLE_/, ''))),
      error => new Set(error.status === 404 ? ['MANAGER', 'ADMIN'] : []));
    return rolesAsked;
  }

  async function mayReport() {
    const r = await roles();
    return r.has('MANAGER') || r.has('ADMIN');
  }

  async function mayPlan() {
    return (await roles()).has('ADMIN');
  }

  // ---- dates --------------------------------------------------------------------------------

  function monthEnd(yearMonth) {
    const [y, m] = yearMonth.split('-').map(Number);
    return yearMonth + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  function previousMonth(yearMonth) {
    const [y, m] = yearMonth.split('-').map(Number);
    return m === 1 ? (y - 1) + '-12' : y + '-' + String(m - 1).padStart(2, '0');
  }

  /**
   * The last day of the month being followed up: the page's month (validAt's), or the month before
   * when that month has not ended yet; kept inside the plan's period.
   */
  function followUpDate(validAt, periodStart, periodEnd) {
    const today = L.today();
    let month = (validAt || today).substring(0, 7);
    if (monthEnd(month) > today) {
      month = previousMonth(month);
    }
    let date = monthEnd(month);
    if (periodEnd && date > periodEnd) {
      date = periodEnd;
    }
    if (periodStart && date < periodStart) {
      date = periodStart;
    }
    return date;
  }

  // ---- fields -------------------------------------------------------------------------------

  /**
   * One labelled control. spec: {name, label, type: text|textarea|select|checkbox|file|number,
   * options: [[value, text]], value, hint, required, api: the API's field names it answers for}.
   */
  function field(spec) {
    const id = 'f' + (++serial) + '-' + spec.name;
    const hintId = spec.hint ? id + '-hint' : null;
    const errorId = id + '-error';
    const described = [hintId, errorId].filter(Boolean).join(' ');
    const common = { id, name: spec.name, 'aria-describedby': described, required: spec.required || null,
      'data-api': (spec.api || [spec.name]).join(' ') };
    let control;
    if (spec.type === 'textarea') {
      control = el('textarea', Object.assign({ rows: spec.rows || 3 }, common));
      control.value = spec.value || '';
    } else if (spec.type === 'select') {
      control = el('select', Object.assign({ multiple: spec.multiple || null, size: spec.size || null }, common),
        (spec.options || []).map(([value, text]) => el('option', {
          value, selected: spec.multiple ? (spec.value || []).includes(value) : value === (spec.value || '')
        }, text)));
    } else if (spec.type === 'checkbox') {
      control = el('input', Object.assign({ type: 'checkbox', checked: Boolean(spec.value) }, common));
    } else {
      control = el('input', Object.assign({ type: spec.type || 'text', inputmode: spec.inputmode || null,
        placeholder: spec.placeholder || null, accept: spec.accept || null, autocomplete: 'off' }, common));
      if (spec.type !== 'file') {
        control.value = spec.value === null || spec.value === undefined ? '' : spec.value;
      }
    }
    const label = el('label', { for: id }, spec.label, spec.required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
    return el('div', { class: 'field field-' + spec.name + (spec.type === 'checkbox' ? ' check' : ''), 'data-field': spec.name },
      spec.type === 'checkbox' ? [control, label] : [label, control],
      hintId ? el('p', { class: 'hint', id: hintId }, spec.hint) : null,
      el('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }));
  }

  const DATE_HINT = 'ÅÅÅÅ-MM-DD';

  function dateField(name, label, value, hint) {
    return field({ name, label, value, hint: hint || DATE_HINT, placeholder: DATE_HINT, inputmode: 'numeric' });
  }

  /** The value of a form's control by name: text trimmed, checkbox as boolean, multiple select as list. */
  function value(form, name) {
    const control = form.elements.namedItem(name);
    if (!control) {
      return undefined;
    }
    if (control.type === 'checkbox') {
      return control.checked;
    }
    if (control.multiple) {
      return [...control.selectedOptions].map(o => o.value);
    }
    return control.value.trim();
  }

  /** Lines of a textarea, or comma-separated items, as a list; empty: undefined. */
  function list(text, separator) {
    const items = (text || '').split(separator || '\n').map(s => s.trim()).filter(Boolean);
    return items.length ? items : undefined;
  }

  /** A number as JSON number (decimal comma too); anything else as typed, for the API to name. */
  function number(text) {
    if (text === '' || text === undefined) {
      return undefined;
    }
    const n = Number(String(text).replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : text;
  }

  /** Leaves out what was left empty, so the API sees only what the user gave. */
  function compact(body) {
    const out = {};
    for (const [k, v] of Object.entries(body)) {
      if (v !== undefined && v !== '' && v !== null) {
        out[k] = v;
      }
    }
    return out;
  }

  // ---- problems -----------------------------------------------------------------------------

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(p => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
    const general = form.querySelector('.form-problem');
    general.hidden = true;
    general.textContent = '';
  }

  /** The control that answers for an API field: its name, or a parent of a nested or listed field. */
  function controlFor(form, apiField) {
    const controls = [...form.querySelectorAll('[data-api]')];
    const exact = controls.find(c => c.dataset.api.split(' ').includes(apiField));
    if (exact) {
      return exact;
    }
    return controls.find(c => c.dataset.api.split(' ').some(a => apiField.startsWith(a + '.') || apiField.startsWith(a + '[')));
  }

  /** Shows a problem+json answer: each named field's detail at the field, the rest above the button. */
  function showProblem(form, answer) {
    clearErrors(form);
    const problem = answer.body || {};
    const general = [];
    if (answer.status === 403) {
      general.push('Din roll får inte ändra detta.');
    } else if (answer.status === 401) {
      general.push('Inloggning krävs. Ladda om sidan och logga in.');
    } else {
      general.push([problem.title, problem.detail].filter(Boolean).join(': ') || 'Servern svarade ' + answer.status);
    }
    let first = null;
    for (const error of Array.isArray(problem.errors) ? problem.errors : []) {
      const control = error.field ? controlFor(form, error.field) : null;
      const where = [error.line ? 'rad ' + error.line : null, error.column ? 'kolumn ' + error.column : null]
        .filter(Boolean).join(', ');
      const text = (where ? where + ': ' : '') + (error.detail || error.reason || '');
      if (control) {
        const box = document.getElementById(control.id + '-error');
        box.hidden = false;
        box.textContent = box.textContent ? box.textContent + ' ' + text : text;
        control.setAttribute('aria-invalid', 'true');
        first = first || control;
      } else {
        general.push((error.field ? error.field + ': ' : '') + text);
      }
    }
    if (first) {
      general[0] = (problem.title || 'Uppgifterna behöver rättas') + ': se det markerade fältet'
        + (form.querySelectorAll('[aria-invalid]').length > 1 ? ' och de övriga markerade.' : '.');
    }
    const box = form.querySelector('.form-problem');
    box.hidden = false;
    L.replace(box, general.length > 1 ? [general[0], el('ul', null, general.slice(1).map(g => el('li', null, g)))] : general[0]);
    (first || box).focus();
  }

  /**
   * A form of fields. options: {fields, submit: label, send: form => Promise<answer>, done: answer =>
   * void}. On a problem the fields keep what was typed; on success done() gets the answer.
   */
  function form(options) {
    const problemBox = el('div', { class: 'form-problem error', role: 'alert', tabindex: '-1', hidden: true });
    const status = el('p', { class: 'form-status', role: 'status' });
    const button = el('button', { type: 'submit' }, options.submit || 'Spara');
    const node = el('form', { class: 'ledger-form', novalidate: true }, options.fields, problemBox,
      el('div', { class: 'form-actions' }, button, options.extraButtons || null), status);
    node.addEventListener('submit', async event => {
      event.preventDefault();
      button.disabled = true;
      status.textContent = 'Skickar …';
      try {
        const answer = await options.send(node);
        status.textContent = '';
        if (answer.handled) {
          return;
        }
        if (answer.ok) {
          clearErrors(node);
          status.textContent = options.savedText || 'Sparat.';
          await options.done(answer.body, node);
        } else {
          showProblem(node, answer);
        }
      } finally {
        button.disabled = false;
      }
    });
    return node;
  }

  /** A modal dialog; focus goes back to the opener (or its successor after a re-render) when it closes. */
  function dialog(title, body, returnKey) {
    const heading = el('h2', { id: 'd' + (++serial) + '-title' }, title);
    const close = el('button', { type: 'button', class: 'secondary close-dialog', 'aria-label': 'Stäng' }, 'Stäng');
    const node = el('dialog', { class: 'ledger-dialog', 'aria-labelledby': heading.id },
      el('div', { class: 'dialog-head' }, heading, close), body);
    const opener = document.activeElement;
    close.addEventListener('click', () => node.close());
    node.addEventListener('close', () => {
      node.remove();
      const again = returnKey ? document.querySelector('[data-form-key="' + CSS.escape(returnKey) + '"]') : null;
      const target = again || (opener && opener.isConnected ? opener : null);
      if (target) {
        target.focus();
      }
    });
    document.body.append(node);
    node.showModal();
    return node;
  }

  /**
   * Shows only the fields that belong to the chosen option of a select: shown = {option: [field
   * names]}; fields named under no option stay visible.
   */
  function switcher(form, selectName, shown) {
    const select = form.elements.namedItem(selectName);
    const all = [...new Set(Object.values(shown).flat())];
    const apply = () => all.forEach(name => {
      const box = form.querySelector('.field[data-field="' + name + '"]');
      if (box) {
        box.hidden = !(shown[select.value] || []).includes(name);
      }
    });
    select.addEventListener('change', apply);
    apply();
  }

  /** Tells what was saved, in a live region above the page's content (the dialog is gone by then). */
  function announce(text) {
    let region = document.getElementById('form-saved');
    if (!region) {
      region = el('p', { id: 'form-saved', class: 'form-saved no-print', role: 'status' });
      const content = document.getElementById('content');
      content.parentNode.insertBefore(region, content);
    }
    region.textContent = text;
  }

  return {
    announce, switcher, request, post, roles, mayReport, mayPlan, monthEnd, followUpDate, field, dateField, value, list, number, compact,
    form, dialog, showProblem, clearErrors
  };
})();
