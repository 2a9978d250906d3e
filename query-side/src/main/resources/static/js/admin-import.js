/*
 * Uploading a plan file (plan table, ;-CSV, xlsx) to POST /api/imports: first a dry run that shows
 * what would be stored, or every problem with its line and column; then the import itself.
 */
'use strict';

const AdminImport = (() => {
  const L = Ledger;
  const el = L.el;
  const F = Forms;
  const COUNTS = [['plans', 'Planer'], ['goals', 'Mål'], ['indicators', 'Nyckeltal'], ['activities', 'Aktiviteter'],
    ['statuses', 'Statusar'], ['monthReports', 'Månadsmarkeringar'], ['comments', 'Kommentarer'], ['measurements', 'Mätvärden']];

  function summary(answer, dryRun) {
    const counts = answer.counts || {};
    return [el('p', { class: 'import-message' }, answer.message || ''),
      el('table', { class: 'import-counts' }, el('caption', null, dryRun ? 'Det här skulle lagras' : 'Det här lagrades'),
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Slag'), el('th', { scope: 'col' }, 'Antal'))),
        el('tbody', null, COUNTS.filter(([k]) => counts[k]).map(([k, word]) => el('tr', { 'data-count': k },
          el('th', { scope: 'row' }, word), el('td', null, counts[k]))))),
      answer.planIds && answer.planIds.length ? el('p', null, 'Plan: ' + answer.planIds.join(', ')) : null,
      answer.added && answer.added.length ? el('ul', { class: 'added' }, answer.added.map(a => el('li', null,
        'rad ' + a.line + ': ' + a.title + ' (' + a.monthMarks.length + ' markeringar, ' + a.comments.length + ' kommentarer)'))) : null];
  }

  function problems(answer) {
    const list = answer.body && Array.isArray(answer.body.errors) ? answer.body.errors : [];
    return [el('p', { class: 'error' }, [answer.body.title, answer.body.detail].filter(Boolean).join(': ')),
      el('ul', { class: 'problems' }, list.map(p => el('li', { 'data-line': p.line || '' },
        [p.line ? 'Rad ' + p.line : null, p.column ? 'kolumn ' + p.column : null, p.field ? 'fält ' + p.field : null]
          .filter(Boolean).join(', ') + ': ' + (p.reason || p.detail))))];
  }

  /** done(planIds, position, message) after the import. */
  function form(plans, done) {
    const preview = el('div', { class: 'import-preview', 'aria-live': 'polite', tabindex: '-1' });
    const confirm = el('button', { type: 'button', class: 'confirm-import', hidden: true }, 'Importera filen');
    const node = F.form({
      fields: [F.field({ name: 'file', label: 'Planfil', type: 'file', accept: '.tsv,.txt,.csv,.xlsx', required: true,
        hint: 'Plantabell (tabbseparerad), Excel-CSV med semikolon eller xlsx' }),
      F.field({ name: 'format', label: 'Format', type: 'select', options: [['', 'Känn igen automatiskt'], ['plan-table', 'Plantabell'],
        ['csv', 'CSV (semikolon)'], ['xlsx', 'Excel (xlsx)']] }),
      F.field({ name: 'organisation', label: 'Organisation (för en plantabell)', value: plans.length ? plans[0].organisation : '' }),
      F.field({ name: 'year', label: 'År (för en plantabell)', inputmode: 'numeric', hint: 't.ex. 2022' }),
      F.field({ name: 'plan', label: 'Uppföljning av plan (valfritt)', type: 'select',
        options: [['', '– en ny plan –'], ...plans.map(p => [p.id, p.title + ' (' + p.id + ')'])] })],
      submit: 'Provkör (inget lagras)',
      extraButtons: confirm,
      savedText: ' ',
      send: f => upload(f, true),
      done: answer => {
        L.replace(preview, el('h3', null, 'Provkörning'), summary(answer, true));
        confirm.hidden = false;
        preview.focus();
      }
    });
    node.querySelector('.form-actions').after(preview);
    const upload = async (f, dryRun) => {
      const body = new FormData();
      const file = f.elements.namedItem('file').files[0];
      if (file) {
        body.append('file', file, file.name);
      }
      const params = Object.fromEntries(['format', 'organisation', 'year', 'plan'].map(n => [n, F.value(f, n)]));
      const answer = await F.post('/api/imports', body, Object.assign(params, { dryRun: dryRun ? 'true' : '' }));
      if (!answer.ok && answer.body && Array.isArray(answer.body.errors) && answer.body.errors.some(e => e.line)) {
        F.clearErrors(f);
        confirm.hidden = true;
        L.replace(preview, el('h3', null, dryRun ? 'Provkörningen hittade fel' : 'Importen vägrades'), problems(answer));
        preview.focus();
        return { handled: true };
      }
      if (!answer.ok) {
        confirm.hidden = true;
        L.replace(preview);
      }
      return answer;
    };
    node.addEventListener('change', () => { confirm.hidden = true; });
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      const answer = await upload(node, false);
      confirm.disabled = false;
      if (answer.ok) {
        confirm.hidden = true;
        L.replace(preview, el('h3', null, 'Importerad'), summary(answer.body, false));
        done(answer.body.planIds || [], answer.body.position, answer.body.message);
      } else if (!answer.handled) {
        F.showProblem(node, answer);
      }
    });
    return node;
  }

  return { form };
})();
