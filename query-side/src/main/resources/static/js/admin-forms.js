/*
 * The admin's planning forms for one plan: decisions and the adoption, goals, indicators and
 * activities, their revisions (each naming its decision), and issuing a report. Each form is a
 * panel; data: {plan, goals, indicators, activities, decisions, allGoals}.
 */
'use strict';

const AdminForms = (() => {
  const L = Ledger;
  const el = L.el;
  const F = Forms;
  const DATE = 'ÅÅÅÅ-MM-DD';
  const LINES = 'En per rad';

  const opt = (items, text) => items.map(i => [i.id, text(i)]);
  const goalOptions = data => opt(data.goals, g => g.title);
  const choose = (name, label, options, extra) => F.field(Object.assign({ name, label, type: 'select', required: true,
    options: [['', '– välj –'], ...options] }, extra || {}));

  function decisionField(data) {
    return choose('decision', 'Beslut', data.decisions.map(d => [d.decision.decisionId,
      L.decisionText(d.decision) + (d.decision.subject ? ' – ' + d.decision.subject : '')]),
    { hint: 'Registrera beslutet först under ”Beslut”.' });
  }

  const reason = () => F.field({ name: 'reason', label: 'Skäl', type: 'textarea', required: true });

  /** A target: a value by a date, a direction, or a text; the API names target.value, target.direction … */
  function targetFields(prefix) {
    return [F.field({ name: prefix + 'Kind', label: 'Typ av målvärde', type: 'select', api: [prefix],
      options: [['value', 'Ett värde vid ett datum'], ['direction', 'En riktning (öka/minska)'], ['text', 'En text']] }),
    F.field({ name: prefix + 'Value', label: 'Målvärde', inputmode: 'decimal', api: [prefix + '.value'] }),
    F.dateField(prefix + 'Date', 'Målvärdets datum', '', DATE),
    F.field({ name: prefix + 'Direction', label: 'Riktning', type: 'select', api: [prefix + '.direction'],
      options: Object.keys(L.DIRECTION).map(d => [d, L.DIRECTION[d].charAt(0).toUpperCase() + L.DIRECTION[d].substring(1)]) }),
    F.field({ name: prefix + 'Text', label: 'Målvärde som text', api: [prefix + '.text'] })];
  }

  function target(form, prefix) {
    const v = n => F.value(form, prefix + n);
    const kind = v('Kind');
    if (kind === 'direction') {
      return { direction: v('Direction') };
    }
    return kind === 'text' ? { text: v('Text') } : F.compact({ value: F.number(v('Value')), date: v('Date') });
  }

  /** Where Kolada publishes the indicator's values; the API names kolada.kpi and kolada.municipality. */
  function koladaFields() {
    return [F.field({ name: 'koladaKpi', label: 'Kolada-KPI (valfritt)', hint: 't.ex. N00945', api: ['kolada', 'kolada.kpi'] }),
      F.field({ name: 'koladaMunicipality', label: 'Kommunkod (valfritt)', hint: 'Fyra siffror, t.ex. 0665 för Vaggeryd',
        inputmode: 'numeric', api: ['kolada.municipality'] })];
  }

  /** Sent only when filled; one id without the other is for the API to name. */
  function kolada(form) {
    const ref = F.compact({ kpi: F.value(form, 'koladaKpi').toUpperCase(), municipality: F.value(form, 'koladaMunicipality') });
    return Object.keys(ref).length ? ref : undefined;
  }

  /** Each form: [key, heading, fields(data), request(form, data) → [path, body]]. */
  const FORMS = [
    ['decision', 'Beslut', () => [F.field({ name: 'body', label: 'Beslutande organ', required: true, hint: 't.ex. KF, KS, BUN' }),
      F.dateField('date', 'Beslutsdatum', '', DATE), F.field({ name: 'paragraph', label: 'Paragraf', required: true }),
      F.field({ name: 'subject', label: 'Ärende' }), F.field({ name: 'id', label: 'Id (valfritt)' }),
      F.field({ name: 'adopts', label: 'Beslutet antar planen', type: 'checkbox' })],
    (form, data) => ['/plans/' + data.plan.id + '/decisions', body(form, ['id', 'body', 'date', 'paragraph', 'subject'])]],
    ['goal', 'Nytt mål', data => [F.field({ name: 'title', label: 'Mål', required: true }),
      F.field({ name: 'area', label: 'Målområde', hint: 't.ex. Tillväxt' }),
      F.field({ name: 'parentGoalId', label: 'Övermål (för ett delmål)', type: 'select', options: [['', '– inget –'], ...goalOptions(data)] }),
      F.field({ name: 'direction', label: 'Inriktningsmål (ingen prognos)', type: 'checkbox' }),
      F.field({ name: 'sdgs', label: 'Agenda 2030-mål', hint: 'Numren 1–17, kommaseparerade, t.ex. 3, 11', inputmode: 'numeric' }),
      F.field({ name: 'ambition', label: 'Ambitionsnivå', type: 'textarea', rows: 2 }),
      F.field({ name: 'desiredEffects', label: 'Önskade effekter', type: 'textarea', hint: LINES }),
      F.field({ name: 'contributesTo', label: 'Bidrar till (mål i andra planer)', type: 'select', multiple: true, size: 5,
        options: otherGoals(data), hint: 'Välj flera med Ctrl eller Skift' }),
      F.field({ name: 'purpose', label: L.GOAL_TEXT.purpose || 'Syfte', type: 'textarea', rows: 2 }),
      F.field({ name: 'strategies', label: L.GOAL_TEXT.strategies || 'Strategier', type: 'textarea', rows: 2, hint: LINES }),
      F.field({ name: 'risks', label: L.GOAL_TEXT.risks, type: 'textarea', rows: 2, hint: LINES }),
      F.field({ name: 'id', label: 'Id (valfritt)' })],
    (form, data) => {
      const b = body(form, ['id', 'title', 'area', 'parentGoalId', 'ambition', 'purpose']);
      const sdgs = F.list(F.value(form, 'sdgs'), /[,\s]+/);
      return ['/plans/' + data.plan.id + '/goals', F.compact(Object.assign(b, {
        direction: F.value(form, 'direction') || undefined, sdgs: sdgs && sdgs.map(F.number),
        desiredEffects: F.list(F.value(form, 'desiredEffects')), strategies: F.list(F.value(form, 'strategies')),
        risks: F.list(F.value(form, 'risks')), contributesTo: nonEmpty(F.value(form, 'contributesTo'))
      }))];
    }],
    ['goal-revision', 'Revidera ett mål', data => [choose('goal', 'Mål', goalOptions(data)),
      F.field({ name: 'title', label: 'Ny titel (valfritt)' }), F.field({ name: 'ambition', label: 'Ny ambitionsnivå (valfritt)', type: 'textarea', rows: 2 }),
      F.field({ name: 'contributesTo', label: 'Bidrar nu till (valfritt)', type: 'select', multiple: true, size: 4,
        options: otherGoals(data) }),
      F.dateField('validTo', 'Gäller till och med (valfritt)', '', DATE), decisionField(data), reason()],
    form => ['/goals/' + enc(F.value(form, 'goal')) + '/revisions', F.compact(Object.assign(
      body(form, ['title', 'ambition', 'validTo', 'decision', 'reason']), { contributesTo: nonEmpty(F.value(form, 'contributesTo')) }))]],
    ['indicator', 'Nytt nyckeltal', data => [choose('goal', 'Mål', goalOptions(data)),
      F.field({ name: 'name', label: 'Nyckeltal', required: true }), F.field({ name: 'unit', label: 'Enhet', required: true, hint: 't.ex. %, kvm, st' }),
      F.field({ name: 'kind', label: 'Slag', type: 'select', options: [['LEVEL', 'Nivå'], ['FLOW', 'Flöde (summa per år)']] }),
      F.field({ name: 'baselineValue', label: 'Ingångsvärde', inputmode: 'decimal', api: ['baseline', 'baseline.value'] }),
      F.dateField('baselineDate', 'Ingångsvärdets datum', '', DATE),
      F.field({ name: 'baselineText', label: 'eller ingångsvärde som text', api: ['baseline.text'] }),
      ...targetFields('target'), F.field({ name: 'source', label: 'Källa', hint: 't.ex. Kolada' }), ...koladaFields(),
      F.field({ name: 'id', label: 'Id (valfritt)' })],
    form => {
      const text = F.value(form, 'baselineText');
      const baseline = text ? { text } : F.compact({ value: F.number(F.value(form, 'baselineValue')), date: F.value(form, 'baselineDate') });
      return ['/goals/' + enc(F.value(form, 'goal')) + '/indicators', F.compact(Object.assign(body(form, ['id', 'name', 'unit', 'kind', 'source']),
        { baseline: Object.keys(baseline).length ? baseline : undefined, target: target(form, 'target'), kolada: kolada(form) }))];
    }],
    ['target-revision', 'Revidera ett målvärde', data => [choose('indicator', 'Nyckeltal', opt(data.indicators, i => i.name)),
      ...targetFields('target'), decisionField(data), reason()],
    form => ['/indicators/' + enc(F.value(form, 'indicator')) + '/target-revisions',
      Object.assign(body(form, ['decision', 'reason']), { target: target(form, 'target') })]],
    ['activity', 'Ny aktivitet', data => [F.field({ name: 'goalIds', label: 'Mål', type: 'select', multiple: true, size: 4, required: true,
      options: goalOptions(data) }), F.field({ name: 'title', label: 'Aktivitet', required: true }),
    F.field({ name: 'person', label: 'Ansvarig person', required: true, api: ['responsible', 'responsible.person'] }),
    F.field({ name: 'unit', label: 'Ansvarig enhet', api: ['responsible.unit'] }),
    F.dateField('start', 'Start', '', DATE), F.dateField('end', 'Slut', '', DATE),
    F.field({ name: 'partners', label: 'Samverkan med', type: 'textarea', rows: 2, hint: LINES }),
    F.field({ name: 'desiredState', label: 'Önskat läge' }), F.field({ name: 'description', label: 'Beskrivning', type: 'textarea', rows: 2 }),
    F.field({ name: 'id', label: 'Id (valfritt)' })],
    (form, data) => ['/plans/' + data.plan.id + '/activities', F.compact(Object.assign(
      body(form, ['id', 'title', 'start', 'end', 'desiredState', 'description']), { goalIds: nonEmpty(F.value(form, 'goalIds')),
        responsible: F.compact({ person: F.value(form, 'person'), unit: F.value(form, 'unit') }), partners: F.list(F.value(form, 'partners')) }))]],
    ['rescheduling', 'Planera om en aktivitet', data => [choose('activity', 'Aktivitet', opt(data.activities, a => a.title)),
      F.dateField('start', 'Ny start', '', DATE), F.dateField('end', 'Nytt slut', '', DATE), reason()],
    form => ['/activities/' + enc(F.value(form, 'activity')) + '/reschedulings', body(form, ['start', 'end', 'reason'])]],
    ['reassignment', 'Ny ansvarig för en aktivitet', data => [choose('activity', 'Aktivitet', opt(data.activities, a => a.title)),
      F.field({ name: 'person', label: 'Ny ansvarig person', required: true, api: ['responsible', 'responsible.person'] }),
      F.field({ name: 'unit', label: 'Ansvarig enhet', api: ['responsible.unit'] }), reason()],
    form => ['/activities/' + enc(F.value(form, 'activity')) + '/reassignments', Object.assign(body(form, ['reason']),
      { responsible: F.compact({ person: F.value(form, 'person'), unit: F.value(form, 'unit') }) })]],
    ['indicator-revision', 'Avsluta ett nyckeltal, sätt målvärden per år eller koppla det till Kolada', data => [choose('indicator',
      'Nyckeltal', opt(data.indicators, i => i.name)), F.dateField('validTo', 'Gäller till och med (valfritt)', '', DATE),
    F.field({ name: 'targets', label: 'Målvärden per år (valfritt)', type: 'textarea', rows: 2, hint: 'En per rad: år=värde, t.ex. 2023=85' }),
    ...koladaFields(), decisionField(data), reason()],
    form => ['/indicators/' + enc(F.value(form, 'indicator')) + '/revisions', F.compact(Object.assign(body(form, ['validTo', 'decision', 'reason']),
      { kolada: kolada(form), targets: nonEmpty((F.list(F.value(form, 'targets')) || []).map(line => line.split('=').map(s => s.trim()))
        .map(([year, value]) => ({ year: F.number(year), value: F.number(value) }))) }))]],
    ['report', 'Utfärda en rapport', data => [F.field({ name: 'title', label: 'Rapportens titel', required: true,
      value: 'Uppföljning ' + data.plan.title }), F.dateField('reportDate', 'Rapportdatum (läget per)', Forms.followUpDate('', data.plan.periodStart, data.plan.periodEnd), DATE),
    F.field({ name: 'id', label: 'Id (valfritt)' })],
    (form, data) => ['/plans/' + data.plan.id + '/reports', body(form, ['id', 'title', 'reportDate'])]]
  ];

  /** Contributions go to goals of other plans (bidrar till). */
  function otherGoals(data) {
    return data.allGoals.filter(g => g.planId !== data.plan.id).map(g => [g.id, g.planTitle + ': ' + g.title]);
  }

  /** A revision cites its decision in full (body, date, paragraph), as recorded on the plan. */
  function citeDecision(b, data) {
    const recorded = typeof b.decision === 'string' && data.decisions.find(d => d.decision.decisionId === b.decision);
    if (recorded) {
      const d = recorded.decision;
      b.decision = F.compact({ id: d.decisionId, body: d.body, date: d.date, paragraph: d.paragraph, subject: d.subject });
    }
  }

  function enc(id) {
    return encodeURIComponent(id || '-');
  }

  function nonEmpty(items) {
    return items && items.length ? items : undefined;
  }

  function body(form, names) {
    return F.compact(Object.fromEntries(names.map(n => [n, F.value(form, n)])));
  }

  /** The panels; saved(answer, key) is told of every write. */
  function panels(data, saved) {
    return FORMS.map(([key, heading, fields, request]) => wire(el('section', { class: 'panel admin-form', 'data-form': key,
      'aria-labelledby': 'h-' + key },
    el('h2', { id: 'h-' + key }, heading),
    F.form({
      fields: fields(data),
      send: async form => {
        const [path, b] = request(form, data);
        citeDecision(b, data);
        const answer = await F.post('/api' + path, b);
        if (answer.ok && key === 'decision' && F.value(form, 'adopts')) {
          return F.post('/api/plans/' + data.plan.id + '/adoptions', { decision: answer.body.decisionId });
        }
        return answer;
      },
      done: answer => saved(answer, key)
    }))));
  }

  /** The target's fields follow the kind of target chosen. */
  function wire(section) {
    const form = section.querySelector('form');
    if (form.elements.namedItem('targetKind')) {
      F.switcher(form, 'targetKind', { value: ['targetValue', 'targetDate'], direction: ['targetDirection'], text: ['targetText'] });
    }
    return section;
  }

  return { panels };
})();
