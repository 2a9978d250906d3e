/*
 * The audit trail of one activity, goal, indicator or plan: every event with its effective date,
 * its recorded time and its actor; corrections shown as such, both the corrected and the
 * correcting event.
 */
'use strict';

(async () => {
  const L = Ledger;
  const el = L.el;
  const query = L.params();
  const kind = query.get('kind') || 'activities';
  const id = query.get('id');
  const asOf = query.get('asOf') || '';
  let planId = query.get('plan') || (kind === 'plans' ? id : null);
  const content = document.getElementById('content');

  const HIDDEN = new Set(['actor', 'planId', 'effectiveDate', 'correction']);

  L.mountTopbar(kind === 'plans' ? 'trail' : null, planId);
  if (!id) {
    L.replace(content, el('p', { class: 'error' }, 'Ingen post vald.'));
    return;
  }

  try {
    const events = await L.get('/api/' + encodeURIComponent(kind) + '/' + encodeURIComponent(id) + '/events');
    const current = events.filter(e => !e.correctedBy);
    const dataOf = type => current.filter(e => type.includes(e.type)).map(e => e.data);
    planId = planId || (events.find(e => e.data && e.data.planId) || { data: {} }).data.planId;
    L.mountTopbar(kind === 'plans' ? 'trail' : null, planId);

    const definitions = dataOf(['PlanRegistered', 'GoalDefined', 'GoalRevised', 'IndicatorDefined', 'ActivityPlanned']);
    const title = definitions.map(d => d.title || d.name).filter(Boolean).pop() || id;
    const unit = (dataOf(['IndicatorDefined'])[0] || {}).unit || '';
    const kindName = L.KIND[Object.keys(L.KIND_PATH).find(k => L.KIND_PATH[k] === kind)] || kind;
    document.title = kindName + ': ' + title + ' – Uppföljningsliggaren';
    document.getElementById('entity-title').textContent = kindName + ': ' + title;
    const back = kind === 'plans' ? L.link('/plan.html', { id: planId, asOf })
      : L.link('/plan.html', { id: planId, asOf }) + (kind === 'goals' ? '#goal-' + id : '');
    L.replace(document.getElementById('entity-subtitle'),
      'Hela historiken: varje händelse med det datum den gäller, när liggaren registrerade den och av vem. '
      + 'Inget ändras eller raderas; rättelser är egna händelser. ',
      planId ? el('a', { href: back }, 'Till planens översikt') : null);

    const parts = [];
    if (asOf) {
      parts.push(el('p', { class: 'as-known' }, 'Vald tidpunkt: ' + L.instant(asOf)
        + '. Händelser som liggaren registrerade senare är markerade ”registrerad senare”.'));
    }
    if (kind === 'indicators') {
      parts.push(indicatorPanel(events, current, unit));
    }
    parts.push(trail(events, unit));
    L.replace(content, parts);
    if (location.hash) {
      const target = document.getElementById(location.hash.substring(1));
      if (target) {
        target.scrollIntoView();
      }
    }
  } catch (error) {
    L.replace(content, L.errorBox(error));
  }

  function indicatorPanel(events, current, unit) {
    let indicator = { name: '', unit };
    for (const e of current) {
      if (e.type === 'IndicatorDefined') {
        indicator = { name: e.data.name, unit: e.data.unit, baseline: e.data.baseline, target: e.data.target };
      } else if (e.type === 'IndicatorTargetRevised') {
        indicator.target = e.data.target;
      } else if (e.type === 'IndicatorRevised' && e.data.validTo) {
        indicator.validTo = e.data.validTo;
      }
    }
    const measurements = L.measurementsFrom(events, asOf || null, null);
    return el('div', { class: 'panel spaced' },
      el('h2', { class: 'flush' }, 'Utfall mot målbanan'),
      L.indicatorChart(indicator, measurements, 560, 170),
      A11y.chartTable(indicator, measurements),
      el('p', { class: 'muted' }, 'Ingångsvärde: ' + (indicator.baseline ? (indicator.baseline.text
        || L.withUnit(indicator.baseline.value, indicator.unit) + ' (' + indicator.baseline.date + ')') : '–')
        + ' · Önskat läge: ' + L.targetText(indicator.target, indicator.unit)
        + (indicator.validTo ? ' · Gäller till och med ' + indicator.validTo : '')));
  }

  function trail(events, unit) {
    const byId = new Map(events.map((e, i) => [e.eventId, i + 1]));
    const known = asOf ? Date.parse(asOf) : Infinity;
    return el('table', { class: 'trail' },
      el('thead', null, el('tr', null, el('th', null, 'Nr'), el('th', null, 'Gäller från'),
        el('th', null, 'Registrerad'), el('th', null, 'Av'), el('th', null, 'Händelse'), el('th', null, 'Uppgifter'),
        el('th', null, 'Rättelse'))),
      el('tbody', null, events.map((e, i) => {
        const classes = [];
        if (e.correctedBy) {
          classes.push('corrected');
        }
        if (e.corrects) {
          classes.push('correcting');
        }
        const later = Date.parse(e.recordedAt) > known;
        return el('tr', { id: 'event-' + e.eventId, class: classes.join(' ') || null, 'data-event-id': e.eventId,
          'data-type': e.type, 'data-corrected-by': e.correctedBy || '', 'data-corrects': e.corrects || '' },
        el('td', { class: 'nowrap' }, i + 1),
        el('td', { class: 'nowrap' }, e.effectiveDate),
        el('td', { class: 'nowrap' }, L.instant(e.recordedAt),
          later ? el('span', { class: 'tag corrected own-line' }, 'registrerad senare') : null),
        el('td', null, actorText(e.actor)),
        el('td', null, L.EVENT_TYPE[e.type] || e.type, el('span', { class: 'event-id own-line' }, shortId(e.eventId))),
        el('td', { class: 'data' }, data(e, unit)),
        el('td', null, correction(e, byId)));
      })));
  }

  function actorText(actor) {
    if (actor && actor.startsWith('import:')) {
      return 'Import av ' + actor.substring('import:'.length);
    }
    return actor || '';
  }

  function shortId(eventId) {
    return String(eventId).substring(0, 8);
  }

  function eventLink(eventId, byId) {
    const number = byId.get(eventId);
    return el('a', { href: '#event-' + eventId }, (number ? 'nr ' + number + ' ' : '') + '(' + shortId(eventId) + ')');
  }

  function correction(e, byId) {
    const parts = [];
    if (e.corrects) {
      parts.push(el('div', null, el('span', { class: 'tag correcting' }, 'Rättelse'), ' Rättar händelse ',
        eventLink(e.corrects, byId), e.correctionReason ? ' eftersom: ' + e.correctionReason : ''));
    }
    if (e.correctedBy) {
      parts.push(el('div', null, el('span', { class: 'tag corrected' }, 'Rättad'), ' Rättad av händelse ',
        eventLink(e.correctedBy, byId), e.correctedAt ? ' registrerad ' + L.instant(e.correctedAt) : ''));
    }
    return parts;
  }

  function data(e, unit) {
    const own = { activities: 'activityId', goals: 'goalId', indicators: 'indicatorId', plans: 'planId' }[kind];
    const rows = [];
    // in the order the labels list the fields; a field without a word after them, as the event has it
    const order = Object.keys(L.EVENT_FIELD);
    const rank = key => (order.indexOf(key) < 0 ? order.length : order.indexOf(key));
    const entries = Object.entries(e.data || {}).sort((a, b) => rank(a[0]) - rank(b[0]));
    for (const [key, value] of entries) {
      if (HIDDEN.has(key) || value === null || value === undefined || (key === own && value === id)
        || (Array.isArray(value) && !value.length) || (key === 'noNewData' && !value)
        || (key === 'about' && value && value.id === id) || (key === 'direction' && value === false && e.type !== 'GoalDefined')) {
        continue;
      }
      rows.push(el('dt', null, L.EVENT_FIELD[key] || key), el('dd', null, format(key, value, e, unit)));
    }
    return rows.length ? el('dl', { class: 'data' }, rows) : el('span', { class: 'muted' }, '–');
  }

  function format(key, value, e, unit) {
    const valueUnit = e.data.unit || unit;
    switch (key) {
      case 'status': return L.statusChip(value);
      case 'prognosis': return [L.light(value), ' ', L.PROGNOSIS[value] || value];
      case 'mark': return L.MARK[value] ? L.MARK[value].symbol + ' ' + L.MARK[value].label : value;
      case 'month': return L.monthName(value);
      case 'responsible': return [value.person, value.unit].filter(Boolean).join(', ');
      case 'baseline': return value.text ? value.text
        : L.withUnit(value.value, valueUnit) + (value.date ? ' (' + value.date + ')' : '');
      case 'kind': return L.INDICATOR_KIND[value] || value;
      case 'source': return L.SOURCE[value] || value;
      case 'kolada': return value.kpi + ' för kommun ' + value.municipality;
      case 'judgement': return L.assessmentChip(value);
      case 'targets': return value.map(t => t.year + ': ' + L.withUnit(t.value, valueUnit)).join(', ');
      case 'target': return L.targetText(value, valueUnit);
      case 'decision': return L.decisionText(value);
      case 'value': return L.withUnit(value, valueUnit);
      case 'direction': return value ? 'Ja' : 'Nej';
      case 'noNewData': return 'Ja';
      case 'about': return (L.KIND[String(value.kind).toLowerCase()] || value.kind) + ' ' + value.id;
      case 'desiredEffects': return el('ul', { class: 'effects' }, value.map(v => el('li', null, v)));
      case 'sdgs': return value.map(n => 'mål ' + n).join(', ');
      case 'goalIds':
      case 'goalId':
      case 'parentGoalId':
        return [].concat(value).map((g, i) => [i ? ', ' : '',
          el('a', { href: L.link('/entity.html', { kind: 'goals', id: g, plan: planId, asOf }) }, g)]);
      default:
        if (Array.isArray(value)) {
          return value.join(', ');
        }
        if (typeof value === 'boolean') {
          return value ? 'Ja' : 'Nej';
        }
        if (typeof value === 'object') {
          return JSON.stringify(value);
        }
        return String(value);
    }
  }
})();
