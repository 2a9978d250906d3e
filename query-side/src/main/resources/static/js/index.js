/* The start page: the plans by organisation and period, each with links to its views. */
'use strict';

(async () => {
  const L = Ledger;
  const el = L.el;
  L.mountTopbar('index');
  const content = document.getElementById('content');
  try {
    const plans = await L.get('/api/plans');
    if (!plans.length) {
      L.replace(content, el('p', { class: 'panel' }, 'Det finns inga planer i liggaren ännu.'));
      return;
    }
    // the server lists the plans by organisation, then period: one group per organisation
    const groups = [];
    for (const plan of plans) {
      if (!groups.length || groups[groups.length - 1].organisation !== plan.organisation) {
        groups.push({ organisation: plan.organisation, plans: [] });
      }
      groups[groups.length - 1].plans.push(plan);
    }
    L.replace(content, el('table', { class: 'list plans' },
      el('thead', null, el('tr', null, el('th', null, 'Organisation'), el('th', null, 'Plan'),
        el('th', null, 'Period'), el('th', null, 'Visa'))),
      groups.map(group => el('tbody', { class: 'organisation', 'data-organisation': group.organisation },
        el('tr', { class: 'organisation-row' }, el('th', { scope: 'rowgroup', colspan: 4 }, group.organisation,
          el('span', { class: 'muted level' }, ' · ' + (L.LEVEL[group.plans[0].level] || group.plans[0].level || '')))),
        group.plans.map(plan => el('tr', { 'data-plan-id': plan.id, 'data-level': plan.level || '' },
        el('td', null, plan.organisation),
        el('td', null, el('a', { href: L.link('/plan.html', { id: plan.id }), class: 'plan-link' }, plan.title)),
        el('td', null, plan.periodStart + ' – ' + plan.periodEnd),
        el('td', { class: 'links' },
          el('a', { href: L.link('/plan.html', { id: plan.id }) }, 'Översikt'),
          el('a', { href: L.link('/grid.html', { id: plan.id }) }, 'Månadstabell'),
          el('a', { href: L.link('/auditor.html', { id: plan.id }) }, 'Granskning'),
          el('a', { href: L.link('/entity.html', { kind: 'plans', id: plan.id }) }, 'Händelser'))))))));
  } catch (error) {
    L.replace(content, L.errorBox(error));
  }
})();
