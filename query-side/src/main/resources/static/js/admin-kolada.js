/*
 * The chosen plan's Kolada import on the admin page: one button that fetches the values of the plan's
 * Kolada-connected indicators (POST /api/plans/{id}/kolada-imports) and shows what was stored, per
 * indicator. The import is all or nothing, so a failed answer means nothing was stored.
 */
'use strict';

const AdminKolada = (() => {
  const L = Ledger;
  const el = L.el;
  const F = Forms;
  const COUNTS = [['recorded', 'Nya'], ['unchanged', 'Fanns redan'], ['corrected', 'Reviderade'], ['skipped', 'Hoppades över']];

  function connected(indicators) {
    const list = indicators.filter(i => i.kolada);
    if (!list.length) {
      return el('p', { class: 'hint' }, 'Inga nyckeltal i planen är kopplade till Kolada ännu. Ange Kolada-KPI och kommunkod'
        + ' under ”Nytt nyckeltal” eller när ett nyckeltal revideras.');
    }
    return [el('p', null, 'Kopplade nyckeltal:'), el('ul', { class: 'kolada-connected' }, list.map(i => el('li', null,
      i.name + ' (' + i.kolada.kpi + ', kommun ' + i.kolada.municipality + ')')))];
  }

  function summary(answer, indicators, planId) {
    const names = new Map(indicators.map(i => [i.id, i.name]));
    const rows = answer.indicators || [];
    return [rows.length ? el('table', { class: 'kolada-counts' }, el('caption', null, 'Per nyckeltal'),
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Nyckeltal'), el('th', { scope: 'col' }, 'Kolada'),
        COUNTS.map(([, word]) => el('th', { scope: 'col' }, word)))),
      el('tbody', null, rows.map(r => el('tr', { 'data-indicator-id': r.indicatorId },
        el('th', { scope: 'row' }, names.get(r.indicatorId) || r.indicatorId), el('td', null, r.kpi + ', kommun ' + r.municipality),
        COUNTS.map(([k]) => el('td', { 'data-count': k }, String(r[k]))))))) : null,
    el('p', null, el('a', { href: L.link('/plan.html', { id: planId }) }, 'Se värdena i planens översikt'))];
  }

  /** The problem's own words; a refused import stored nothing, which the user must be able to rely on. */
  function failure(answer) {
    const problem = answer.body || {};
    const text = [problem.title, problem.detail].filter(Boolean).join(': ') || 'Servern svarade ' + answer.status;
    return /inget.*lagrats/i.test(text) ? text : text + ' Inget har lagrats.';
  }

  /** The panel for data.plan; data.indicators are the plan's indicators as the plan view reads them. */
  function panel(data) {
    const planId = data.plan.id;
    const status = el('p', { class: 'form-status kolada-message', role: 'status' });
    const problem = el('div', { class: 'form-problem error kolada-problem', role: 'alert', tabindex: '-1', hidden: true });
    const result = el('div', { class: 'kolada-result' });
    const button = el('button', { type: 'button', class: 'kolada-import' }, 'Hämta värden från Kolada');
    button.addEventListener('click', async () => {
      button.disabled = true;
      problem.hidden = true;
      L.replace(result);
      status.textContent = 'Hämtar värden från Kolada …';
      try {
        const answer = await F.post('/api/plans/' + encodeURIComponent(planId) + '/kolada-imports');
        if (!answer.ok) {
          status.textContent = '';
          problem.textContent = failure(answer);
          problem.hidden = false;
          problem.focus();
          return;
        }
        if (answer.body.position) {
          // the overview linked below then shows the stored values at once
          await L.get('/api/plans/' + encodeURIComponent(planId), { minPosition: answer.body.position }).catch(() => null);
        }
        status.textContent = answer.body.message;
        L.replace(result, summary(answer.body, data.indicators, planId));
      } finally {
        button.disabled = false;
      }
      button.focus();
    });
    return el('section', { class: 'panel wide', 'data-form': 'kolada', 'aria-labelledby': 'h-kolada' },
      el('h2', { id: 'h-kolada' }, 'Kolada'),
      el('p', null, 'Hämtar de kopplade nyckeltalens värden ur Kolada (RKA:s öppna databas) och lagrar nya och reviderade'
        + ' värden som mätvärden. Går Kolada inte att läsa lagras ingenting.'),
      connected(data.indicators), el('div', { class: 'form-actions' }, button), status, problem, result);
  }

  return { panel };
})();
