/*
 * The admin's page: a new plan, a plan file uploaded with a dry run first (what would be stored,
 * or every problem with line and column) and then imported, and the planning forms of the chosen
 * plan (admin-forms.js) with its Kolada import (admin-kolada.js). After every write the page reads again with the
 * write's position.
 */
'use strict';

(async () => {
  const L = Ledger;
  const el = L.el;
  const F = Forms;
  const query = L.params();
  let planId = query.get('id') || '';
  L.mountTopbar('admin', planId);
  const content = document.getElementById('content');
  const status = document.getElementById('admin-status');

  if (!(await F.mayPlan())) {
    L.replace(content, el('p', { class: 'error', role: 'alert' }, 'Sidan är för administratörer: din roll får inte planera.'));
    return;
  }

  function say(text, extra) {
    L.replace(status, text, extra || null);
    status.focus();
  }

  function newPlanForm(plans) {
    return F.form({
      fields: [F.field({ name: 'organisation', label: 'Organisation', required: true, value: plans.length ? plans[0].organisation : '' }),
        F.field({ name: 'title', label: 'Planens titel', required: true }),
        F.dateField('periodStart', 'Periodens början', '', 'ÅÅÅÅ-MM-DD'), F.dateField('periodEnd', 'Periodens slut', '', 'ÅÅÅÅ-MM-DD'),
        F.field({ name: 'level', label: 'Nivå', type: 'select', value: 'BOARD',
          options: Object.keys(L.LEVEL).map(k => [k, L.LEVEL[k]]) }), F.field({ name: 'id', label: 'Id (valfritt)' })],
      submit: 'Skapa planen',
      send: form => F.post('/api/plans', F.compact(Object.fromEntries(['id', 'organisation', 'title', 'periodStart', 'periodEnd', 'level']
        .map(n => [n, F.value(form, n)])))),
      done: answer => show(answer.id, answer.position, 'Planen ' + answer.id + ' är skapad.')
    });
  }

  async function load(id, position) {
    const plans = await L.get('/api/plans', { minPosition: position });
    if (!id) {
      return { plans };
    }
    const base = '/api/plans/' + encodeURIComponent(id);
    const [plan, decisions, others] = await Promise.all([L.get(base, { minPosition: position }), L.get(base + '/decisions'),
      Promise.all(plans.map(p => L.get('/api/plans/' + encodeURIComponent(p.id))))]);
    const found = ReportHooks.entities(plan);
    const allGoals = others.flatMap(p => [...ReportHooks.entities(p).goal.values()].map(g => ({ id: g.id, title: g.title, planId: p.id, planTitle: p.title })));
    return { plans, plan, decisions, allGoals, goals: [...found.goal.values()], indicators: [...found.indicator.values()],
      activities: [...new Map([...found.activity.values()].map(a => [a.id, a])).values()] };
  }

  function saved(answer, key) {
    const links = key === 'report' ? [' ', el('a', { href: '/api/plans/' + encodeURIComponent(planId) + '/report.pdf?report='
      + encodeURIComponent(answer.reportId) }, 'Rapporten som PDF')] : null;
    const what = { decision: 'Beslutet är registrerat', goal: 'Målet är sparat', 'goal-revision': 'Revideringen är sparad',
      indicator: 'Nyckeltalet är sparat', 'target-revision': 'Målvärdet är reviderat', activity: 'Aktiviteten är sparad',
      rescheduling: 'Aktiviteten är omplanerad', reassignment: 'Ny ansvarig är sparad',
      'indicator-revision': 'Nyckeltalet är reviderat', report: 'Rapporten är utfärdad' }[key];
    return show(planId, answer.position, what + ' (' + (answer.reportId || answer.decisionId || answer.id) + ').', links);
  }

  async function show(id, position, message, extra) {
    planId = id || '';
    if (planId !== (L.params().get('id') || '')) {
      history.replaceState(null, '', L.link('/admin.html', { id: planId }));
      L.mountTopbar('admin', planId);
    }
    let data;
    try {
      data = await load(planId, position);
    } catch (error) {
      L.replace(content, L.errorBox(error));
      return;
    }
    const picker = F.field({ name: 'plan', label: 'Plan att planera', type: 'select', value: planId,
      options: [['', '– välj en plan –'], ...data.plans.map(p => [p.id, p.organisation + ': ' + p.title + ' (' + p.periodStart.substring(0, 4) + ')'])] });
    picker.querySelector('select').addEventListener('change', event => show(event.target.value));
    L.replace(content, el('div', { class: 'admin-grid' },
      el('section', { class: 'panel', 'data-form': 'plan', 'aria-labelledby': 'h-plan' }, el('h2', { id: 'h-plan' }, 'Ny plan'), newPlanForm(data.plans)),
      el('section', { class: 'panel', 'data-form': 'import', 'aria-labelledby': 'h-import' }, el('h2', { id: 'h-import' }, 'Importera en planfil'),
        AdminImport.form(data.plans, (ids, pos, text) => show(ids[0] || planId, pos, text))),
      el('section', { class: 'panel wide', 'aria-labelledby': 'h-choose' }, el('h2', { id: 'h-choose' }, 'Planera en plan'), picker,
        data.plan ? el('p', null, el('a', { href: L.link('/plan.html', { id: planId }) }, 'Visa planens översikt')) : null),
      data.plan ? AdminKolada.panel(data) : null, data.plan ? AdminForms.panels(data, saved) : null));
    if (message) {
      say(message, extra);
    }
  }

  show(planId);
})();
