/*
 * Uppföljningsliggaren: shared helpers for the pages. Plain JavaScript over the read API, no
 * build step. The browser signs in on the login page (a session cookie) or with HTTP Basic (the
 * same users as the API); fetch sends the browser's own credentials for this origin.
 */
'use strict';

const Ledger = (() => {
  const ZONE = 'Europe/Stockholm';

  // The words for the codes (statuses, prognoses, marks …) are the server's (GET /api/labels, from the
  // bundle its own messages use): filled in before the page's first answer reaches it.
  const PROGNOSIS = {};
  const PROGNOSIS_ORDER = [];
  const STATUS = {};
  const STATUS_ORDER = [];
  const MARK = {};
  const ASSESSMENT = {};
  const KIND = {};
  const KIND_PATH = { goal: 'goals', activity: 'activities', indicator: 'indicators', plan: 'plans' };
  const DIRECTION = {};
  const LEVEL = {};
  const GOAL_TEXT = {};
  const SOURCE = {};
  const EVENT_TYPE = {};
  const EVENT_FIELD = {};
  const INDICATOR_KIND = {};
  const MONTHS = [];
  const MONTH_NAMES = [];

  function fillLabels(labels) {
    Object.assign(PROGNOSIS, labels.prognosis);
    PROGNOSIS_ORDER.push(...Object.keys(labels.prognosis));
    Object.assign(STATUS, labels.activityStatus);
    STATUS_ORDER.push(...Object.keys(labels.activityStatus));
    Object.assign(MARK, labels.monthMark);
    Object.assign(ASSESSMENT, labels.assessment);
    for (const [kind, word] of Object.entries(labels.entityKind)) {
      KIND[kind.toLowerCase()] = word;
    }
    for (const [direction, word] of Object.entries(labels.targetDirection)) {
      DIRECTION[direction] = word.toLowerCase();
    }
    Object.assign(LEVEL, labels.planLevel || {});
    Object.assign(GOAL_TEXT, labels.goalText || {});
    Object.assign(SOURCE, labels.measurementSource || {});
    Object.assign(EVENT_TYPE, labels.eventType || {});
    Object.assign(EVENT_FIELD, labels.eventField || {});
    Object.assign(INDICATOR_KIND, labels.indicatorKind || {});
    MONTHS.push(...labels.months.map(m => m.shortName));
    MONTH_NAMES.push(...labels.months.map(m => m.name));
  }

  /** el('td', {class: 'x', title: 'y', onclick: fn}, child, 'text', …): one node, built in one go. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attrs);
    append(node, children);
    return node;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attrs);
    append(node, children);
    return node;
  }

  function setAttributes(node, attrs) {
    if (!attrs) {
      return;
    }
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (key.startsWith('on') && typeof value === 'function') {
        node.addEventListener(key.substring(2), value);
      } else if (key === 'style') {
        // the Content-Security-Policy (style-src 'self') blocks style attributes: use a class
        throw new Error('style attribute on <' + node.tagName + '>: use a CSS class');
      } else if (key === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      node.append(child instanceof Node ? child : String(child));
    }
  }

  function params() {
    return new URLSearchParams(location.search);
  }

  /** A page link with its query; empty values are left out so links stay short. */
  function link(page, query) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query || {})) {
      if (value !== null && value !== undefined && value !== '') {
        search.set(key, value);
      }
    }
    const text = search.toString();
    return page + (text ? '?' + text : '');
  }

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** GET from the read API; the answer comes once the words for its codes are in too. */
  async function getText(path, query) {
    const [text] = await Promise.all([fetchText(path, query), labelsLoaded()]);
    return text;
  }

  let labelsLoading = null;
  /** Asked once a page, beside its first answer; a failure is asked again with the next answer. */
  function labelsLoaded() {
    labelsLoading = labelsLoading || fetchText('/api/labels').then(text => fillLabels(JSON.parse(text)), error => {
      labelsLoading = null;
      throw error;
    });
    return labelsLoading;
  }

  /**
   * The URL is built on location.origin, never on the page's own URL: a page opened as
   * http://user:password@host/… must not put the credentials into fetch.
   */
  async function fetchText(path, query) {
    const url = new URL(path, location.origin);
    for (const [key, value] of Object.entries(query || {})) {
      if (value !== null && value !== undefined && value !== '') {
        url.searchParams.set(key, value);
      }
    }
    const response = await fetch(url.toString(), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store'
    });
    const text = await response.text();
    if (!response.ok) {
      let message = 'Servern svarade ' + response.status;
      try {
        const problem = JSON.parse(text);
        message = [problem.title, problem.detail].filter(Boolean).join(': ') || message;
        if (Array.isArray(problem.errors) && problem.errors.length) {
          message += ' (' + problem.errors.map(e => e.field + ': ' + e.detail).join('; ') + ')';
        }
      } catch (ignored) {
        // not problem+json
      }
      throw new ApiError(response.status, message);
    }
    return text;
  }

  let meAsked = null;
  async function get(path, query) {
    if (path === '/api/me' && !query) {
      // who is signed in: asked by the top bar and by the forms, once a page
      meAsked = meAsked || getText(path).then(JSON.parse).catch(error => {
        meAsked = null;
        throw error;
      });
      return meAsked;
    }
    return JSON.parse(await getText(path, query));
  }

  function errorBox(error) {
    const text = error instanceof ApiError
      ? (error.status === 401 ? 'Inloggning krävs. Ladda om sidan och logga in.'
        : error.status === 403 ? 'Din roll får inte läsa detta.'
          : error.status === 404 ? 'Hittades inte: ' + error.message
            : error.message)
      : 'Kunde inte hämta uppgifterna: ' + (error && error.message ? error.message : error);
    return el('p', { class: 'error', role: 'alert' }, text);
  }

  /** Replaces a container's content in one DOM operation. */
  function replace(container, ...children) {
    const fragment = document.createDocumentFragment();
    append(fragment, children);
    container.replaceChildren(fragment);
  }

  // ---- formatting --------------------------------------------------------------------------

  const instantFormat = new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit'
  });
  const timeFormat = new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit'
  });

  /** An instant as Swedish local time: 2022-09-26 14:30:05. */
  function instant(iso) {
    if (!iso) {
      return '';
    }
    const date = new Date(iso);
    return isNaN(date) ? String(iso) : instantFormat.format(date);
  }

  function clock(date) {
    return timeFormat.format(date || new Date());
  }

  function number(value) {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    const n = Number(value);
    return isNaN(n) ? String(value) : n.toLocaleString('sv-SE', { maximumFractionDigits: 2 });
  }

  function withUnit(value, unit) {
    const text = number(value);
    return unit ? text + ' ' + unit : text;
  }

  const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE });
  function today() {
    return dateFormat.format(new Date());
  }

  function monthName(yearMonth) {
    const [year, month] = String(yearMonth).split('-');
    return MONTH_NAMES[Number(month) - 1] + ' ' + year;
  }

  function decisionText(decision) {
    if (!decision) {
      return '';
    }
    const citation = [decision.body, decision.date, decision.paragraph ? '§ ' + decision.paragraph : null]
      .filter(Boolean).join(' ');
    return decision.subject ? citation + ' (' + decision.subject + ')' : citation;
  }

  function targetText(target, unit) {
    if (!target) {
      return '';
    }
    if (target.value !== undefined && target.value !== null) {
      return withUnit(target.value, unit) + (target.date ? ' senast ' + target.date : '');
    }
    if (target.direction) {
      return DIRECTION[target.direction] || target.direction;
    }
    return target.text || '';
  }

  // ---- visual pieces -------------------------------------------------------------------------

  /** A traffic light: the colour is the prognosis; the label says it in words too. */
  function light(prognosis, big) {
    const label = prognosis ? PROGNOSIS[prognosis] || prognosis : 'Ingen prognos';
    return el('span', {
      class: 'light ' + (prognosis || 'none') + (big ? ' big' : ''),
      role: 'img',
      'aria-label': label,
      title: label,
      'data-prognosis': prognosis || ''
    });
  }

  function statusChip(status, label) {
    if (!status) {
      return el('span', { class: 'chip NOT_STARTED' }, 'Ingen status');
    }
    return el('span', { class: 'chip ' + status, 'data-status': status }, label || STATUS[status] || status);
  }

  function assessmentChip(assessment) {
    return el('span', { class: 'chip ' + assessment }, ASSESSMENT[assessment] || assessment || '');
  }

  /** The page's top bar; plan links appear once a plan is chosen. */
  function topbar(active, planId) {
    const items = [['index', '/', 'Planer']];
    if (planId) {
      items.push(['plan', link('/plan.html', { id: planId }), 'Översikt']);
      items.push(['grid', link('/grid.html', { id: planId }), 'Månadstabell']);
      items.push(['auditor', link('/auditor.html', { id: planId }), 'Granskning']);
      items.push(['trail', link('/entity.html', { kind: 'plans', id: planId }), 'Planens händelser']);
    }
    return el('header', { class: 'topbar' },
      el('a', { class: 'brand', href: '/' }, 'Uppföljningsliggaren'),
      el('nav', { 'aria-label': 'Huvudmeny' },
        items.map(([key, href, text]) => el('a', { href, class: key === active ? 'active' : null }, text))));
  }

  function mountTopbar(active, planId) {
    const existing = document.querySelector('header.topbar');
    const bar = topbar(active, planId);
    if (existing) {
      existing.replaceWith(bar);
    } else {
      document.body.prepend(bar);
    }
    mountKeyFooter();
    mountSignedIn(bar);
  }

  /**
   * Who is signed in, and the way out (the sign-out page's button posts with the CSRF token). Asked
   * once per sign-in in a browser session: each sign-in brings a new XSRF-TOKEN cookie.
   */
  async function mountSignedIn(bar) {
    const token = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '';
    let me;
    try {
      const known = JSON.parse(sessionStorage.getItem('ledger.me') || 'null');
      me = known && known.token === token ? known.me : await get('/api/me');
      sessionStorage.setItem('ledger.me', JSON.stringify({ token, me }));
    } catch (e) {
      return; // a page stays usable without it
    }
    bar.append(el('p', { class: 'signed-in' }, 'Inloggad som ' + me.name + ' · ', el('a', { href: '/logout' }, 'Logga ut')));
  }

  /**
   * Every page names the key the ledger signs its checkpoints with, so a reader can check that a
   * proof bundle comes from this ledger. Asked for once per browser session.
   */
  async function mountKeyFooter() {
    if (document.querySelector('footer.proof-key')) {
      return;
    }
    let key = sessionStorage.getItem('ledger.verifierKey');
    if (!key) {
      try {
        key = (await get('/api/proof/key')).verifierKey;
        sessionStorage.setItem('ledger.verifierKey', key);
      } catch (e) {
        return; // a page stays usable without its footer
      }
    }
    if (document.querySelector('footer.proof-key')) {
      return; // a page that mounted its top bar twice asked twice
    }
    document.body.append(el('footer', { class: 'proof-key' }, 'Liggarens verifieringsnyckel: ',
      el('code', {}, key), ' · bevispaket kontrolleras med ', el('code', {}, 'java -jar ledger.jar verify')));
  }

  /**
   * Opens a page about one plan (?id=…): its top bar, and a pointer to the start page instead of
   * content when no plan was chosen (then planId is null and the page stops).
   */
  function planPage(active) {
    const query = params();
    const planId = query.get('id');
    mountTopbar(active, planId);
    if (!planId) {
      replace(document.getElementById('content'),
        el('p', { class: 'error' }, 'Ingen plan vald. Välj en plan på startsidan.'));
    }
    return { query, planId, asOf: query.get('asOf') || '' };
  }

  /** Printing opens every collapsed section, so the report is complete on paper. */
  function openDetailsWhilePrinting() {
    let opened = [];
    window.addEventListener('beforeprint', () => {
      opened = [...document.querySelectorAll('details:not([open])')];
      opened.forEach(d => { d.open = true; });
    });
    window.addEventListener('afterprint', () => {
      opened.forEach(d => { d.open = false; });
      opened = [];
    });
  }

  // ---- indicator chart ----------------------------------------------------------------------

  function day(iso) {
    return iso ? Date.parse(iso + 'T00:00:00Z') / 86400000 : NaN;
  }

  /** An indicator's series as the plan answer serves it (at the plan's asOf and validAt), for the chart. */
  function measurementsOf(series) {
    return (series || []).map(p => ({
      date: p.effectiveDate,
      value: p.value === undefined || p.value === null ? null : Number(p.value),
      noNewData: Boolean(p.noNewData),
      comment: p.comment || null
    }));
  }

  /**
   * The measurements of an indicator's audit trail as the ledger knew them at asOf (default now),
   * valid on validAt: MeasurementRecorded events, without those corrected by then.
   */
  function measurementsFrom(events, asOf, validAt) {
    const known = asOf ? Date.parse(asOf) : Infinity;
    return events
      .filter(e => e.type === 'MeasurementRecorded')
      .filter(e => Date.parse(e.recordedAt) <= known)
      .filter(e => !e.correctedBy || !(Date.parse(e.correctedAt) <= known))
      .filter(e => !validAt || e.effectiveDate <= validAt)
      .map(e => ({
        date: e.effectiveDate,
        value: e.data.value === undefined || e.data.value === null ? null : Number(e.data.value),
        noNewData: Boolean(e.data.noNewData),
        comment: e.data.comment || null
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /**
   * A small inline SVG: the baseline, the straight target path from baseline to target by the
   * target date, and the measurements. Direction targets get an arrow; qualitative ones no path.
   */
  function indicatorChart(indicator, measurements, width, height) {
    const W = width || 240;
    const H = height || 78;
    const pad = { left: 6, right: 46, top: 8, bottom: 16 };
    const unit = indicator.unit || '';
    const baseline = indicator.baseline && indicator.baseline.value !== undefined && indicator.baseline.value !== null
      ? { date: indicator.baseline.date, value: Number(indicator.baseline.value) } : null;
    const target = indicator.target || {};
    const numericTarget = target.value !== undefined && target.value !== null
      ? { date: target.date, value: Number(target.value) } : null;
    const points = (measurements || []).filter(m => m.value !== null && !m.noNewData);
    const noData = (measurements || []).filter(m => m.noNewData);

    const dates = [];
    const values = [];
    if (baseline) {
      dates.push(day(baseline.date));
      values.push(baseline.value);
    }
    if (numericTarget) {
      values.push(numericTarget.value);
      if (numericTarget.date) {
        dates.push(day(numericTarget.date));
      }
    }
    (measurements || []).forEach(m => dates.push(day(m.date)));
    points.forEach(m => values.push(m.value));
    const validDates = dates.filter(d => !isNaN(d));
    let x0 = Math.min(...validDates);
    let x1 = Math.max(...validDates);
    if (!validDates.length) {
      x0 = 0;
      x1 = 1;
    }
    if (x1 - x0 < 1) {
      x0 -= 15;
      x1 += 15;
    }
    let y0 = values.length ? Math.min(...values) : 0;
    let y1 = values.length ? Math.max(...values) : 1;
    if (y1 - y0 < 1e-9) {
      const spread = Math.abs(y0) * 0.1 || 1;
      y0 -= spread;
      y1 += spread;
    }
    const span = y1 - y0;
    y0 -= span * 0.12;
    y1 += span * 0.12;
    const px = d => pad.left + (d - x0) / (x1 - x0) * (W - pad.left - pad.right);
    const py = v => pad.top + (1 - (v - y0) / (y1 - y0)) * (H - pad.top - pad.bottom);

    const parts = [];
    const summary = [indicator.name + ':'];
    if (baseline) {
      summary.push('ingångsvärde ' + withUnit(baseline.value, unit) + ' (' + baseline.date + ')');
      parts.push(svg('line', {
        x1: pad.left, x2: W - pad.right, y1: py(baseline.value), y2: py(baseline.value),
        stroke: '#9aa3ad', 'stroke-width': 1, 'stroke-dasharray': '2 3', class: 'baseline'
      }, svg('title', { text: 'Ingångsvärde ' + withUnit(baseline.value, unit) + ' (' + baseline.date + ')' })));
      parts.push(svg('circle', { cx: px(day(baseline.date)), cy: py(baseline.value), r: 3, fill: '#9aa3ad' },
        svg('title', { text: 'Ingångsvärde ' + withUnit(baseline.value, unit) + ' (' + baseline.date + ')' })));
    }
    if (baseline && numericTarget && numericTarget.date) {
      summary.push('mål ' + withUnit(numericTarget.value, unit) + ' senast ' + numericTarget.date);
      const tx = px(day(numericTarget.date));
      const ty = py(numericTarget.value);
      parts.push(svg('line', {
        x1: px(day(baseline.date)), y1: py(baseline.value), x2: tx, y2: ty,
        stroke: '#1f5fa8', 'stroke-width': 1.5, 'stroke-dasharray': '5 3', class: 'target-path'
      }, svg('title', { text: 'Målbana till ' + withUnit(numericTarget.value, unit) + ' senast ' + numericTarget.date })));
      parts.push(svg('path', {
        d: `M${tx - 4} ${ty}L${tx} ${ty - 4}L${tx + 4} ${ty}L${tx} ${ty + 4}Z`, fill: '#1f5fa8', class: 'target'
      }, svg('title', { text: 'Mål ' + withUnit(numericTarget.value, unit) + ' senast ' + numericTarget.date })));
    } else if (numericTarget) {
      summary.push('mål ' + withUnit(numericTarget.value, unit));
      parts.push(svg('line', {
        x1: pad.left, x2: W - pad.right, y1: py(numericTarget.value), y2: py(numericTarget.value),
        stroke: '#1f5fa8', 'stroke-width': 1, 'stroke-dasharray': '5 3', class: 'target-path'
      }, svg('title', { text: 'Mål ' + withUnit(numericTarget.value, unit) })));
    } else if (target.direction) {
      summary.push('önskad ' + DIRECTION[target.direction]);
    } else if (target.text) {
      summary.push('kvalitativt mål: ' + target.text);
    }
    if (points.length > 1) {
      parts.push(svg('polyline', {
        points: points.map(m => px(day(m.date)) + ',' + py(m.value)).join(' '),
        fill: 'none', stroke: '#1d2430', 'stroke-width': 1.6
      }));
    }
    points.forEach(m => parts.push(svg('circle', {
      cx: px(day(m.date)), cy: py(m.value), r: 3.2, fill: '#1d2430', class: 'measurement'
    }, svg('title', { text: m.date + ': ' + withUnit(m.value, unit) + (m.comment ? ' – ' + m.comment : '') }))));
    noData.forEach(m => parts.push(svg('text', {
      x: px(day(m.date)) - 3, y: H - pad.bottom - 2, fill: '#8c939c', class: 'no-new-data'
    }, '×', svg('title', { text: m.date + ': inga nya data' }))));
    const last = points[points.length - 1];
    if (last) {
      summary.push('senast ' + withUnit(last.value, unit) + ' (' + last.date + ')');
      parts.push(svg('text', { x: W - pad.right + 4, y: Math.min(H - pad.bottom, Math.max(pad.top + 20, py(last.value) + 3)), 'font-weight': 700, fill: '#1d2430' },
        withUnit(last.value, unit)));
    } else {
      summary.push('inga mätvärden');
    }
    if (validDates.length) {
      const first = new Date(x0 * 86400000).toISOString().substring(0, 7);
      const end = new Date(x1 * 86400000).toISOString().substring(0, 7);
      parts.push(svg('text', { x: pad.left, y: H - 3 }, first));
      parts.push(svg('text', { x: W - pad.right, y: H - 3, 'text-anchor': 'end' }, end));
    }
    return svg('svg', {
      class: 'chart', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary.join(' ')
    }, svg('title', { text: summary.join(' ') }), parts);
  }

  /**
   * The report as a file, for what the page shows: an issued report (at.report) or (asOf, validAt).
   * Fills the page's span.downloads with PDF, Word and Excel links.
   */
  function mountDownloads(planId, at) {
    const span = document.getElementById('downloads');
    if (!span || !planId) {
      return;
    }
    const query = at.report ? { report: at.report } : { asOf: at.asOf, validAt: at.validAt };
    const base = '/api/plans/' + encodeURIComponent(planId) + '/report.';
    const file = (ext, text, title) => el('a', {
      class: 'button secondary download download-' + ext, href: link(base + ext, query), download: '', title
    }, text);
    replace(span, 'Ladda ned rapporten: ', file('pdf', 'PDF', 'Rapporten som PDF (för utskrift och arkiv)'), ' ',
      file('docx', 'Word', 'Rapporten som Word-dokument (.docx)'), ' ',
      file('xlsx', 'Excel', 'Planen och månadstabellen som Excel-fil (.xlsx)'));
  }

  return {
    PROGNOSIS, PROGNOSIS_ORDER, STATUS, STATUS_ORDER, MARK, ASSESSMENT, KIND, KIND_PATH, DIRECTION, LEVEL, GOAL_TEXT,
    SOURCE, EVENT_TYPE, EVENT_FIELD, INDICATOR_KIND,
    MONTHS, MONTH_NAMES, el, svg, params, link, get, getText, ApiError, errorBox, replace, instant, clock, number,
    withUnit, today, monthName, decisionText, targetText, light, statusChip, assessmentChip, mountTopbar, planPage,
    openDetailsWhilePrinting, measurementsOf, measurementsFrom, indicatorChart, mountDownloads
  };
})();
