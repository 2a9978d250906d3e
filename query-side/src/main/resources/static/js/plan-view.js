/*
 * The goal tree of a plan as one DOM tree, built in a single pass: traffic lights for the
 * computed and the stated prognosis, the reasons, indicator charts and activity statuses.
 * Shared by the overview (live) and the auditor view (a past state, with changes highlighted).
 */
'use strict';

const PlanView = (() => {
  const L = Ledger;
  const el = L.el;

  const FIELD = {
    status: 'Status',
    statusDate: 'Statusdatum',
    explanation: 'Förklaring',
    latestComment: 'Senaste kommentar',
    prognosis: 'Angiven prognos',
    computed: 'Beräknad prognos',
    motivation: 'Motivering',
    latest: 'Senaste värde',
    title: 'Titel',
    ambition: 'Ambitionsnivå',
    responsible: 'Ansvarig',
    start: 'Start',
    end: 'Slut',
    target: 'Målvärde',
    baseline: 'Ingångsvärde',
    adoption: 'Antagen',
    exists: 'Finns',
    mark: 'Månadsmarkering',
    area: 'Målområde',
    sdgs: 'Agenda 2030',
    direction: 'Inriktningsmål',
    desiredEffects: 'Önskad effekt',
    name: 'Namn',
    unit: 'Enhet',
    source: 'Källa',
    goalId: 'Mål',
    goalIds: 'Mål',
    parentGoalId: 'Övermål',
    partners: 'Samverkan med',
    desiredState: 'Önskat läge',
    description: 'Beskrivning',
    organisation: 'Organisation',
    periodStart: 'Periodens början',
    periodEnd: 'Periodens slut',
    created: 'Tillkommen'
  };

  /** A changed value in words: statuses and prognoses in Swedish, objects by their parts. */
  function valueText(field, value) {
    if (value === null || value === undefined) {
      return '–';
    }
    if (typeof value === 'string') {
      if (field === 'status' && L.STATUS[value]) {
        return L.STATUS[value];
      }
      if ((field === 'prognosis' || field === 'computed') && L.PROGNOSIS[value]) {
        return L.PROGNOSIS[value];
      }
      if (L.MARK[value]) {
        return L.MARK[value].symbol + ' ' + L.MARK[value].label;
      }
      return value;
    }
    if (typeof value === 'boolean') {
      return value ? 'Ja' : 'Nej';
    }
    if (Array.isArray(value)) {
      return value.length ? value.join(', ') : '–';
    }
    if (typeof value !== 'object') {
      return String(value);
    }
    if (field === 'baseline' && 'value' in value) {
      return L.number(value.value) + (value.date ? ' (' + value.date + ')' : '');
    }
    if ('noNewData' in value || ('value' in value && 'effectiveDate' in value)) {
      return value.noNewData ? 'inga nya data (' + value.effectiveDate + ')'
        : L.number(value.value) + (value.effectiveDate ? ' (' + value.effectiveDate + ')' : '');
    }
    if ('text' in value && 'effectiveDate' in value) {
      return '”' + value.text + '” (' + value.effectiveDate + ')';
    }
    if ('person' in value || 'unit' in value) {
      return [value.person, value.unit].filter(Boolean).join(', ');
    }
    if ('body' in value && 'paragraph' in value) {
      return L.decisionText(value);
    }
    if ('direction' in value || 'value' in value || 'text' in value) {
      return L.targetText(value);
    }
    return JSON.stringify(value);
  }

  function fieldName(field) {
    return FIELD[field] || L.GOAL_TEXT[field] || field;
  }

  function changeNote(changes, from) {
    if (!changes || !changes.length) {
      return null;
    }
    const title = 'Ändrat sedan ' + from;
    if (changes.length === 1 && changes[0].field === 'created') {
      return el('span', { class: 'change-note', 'data-changed': 'created', title }, el('strong', null, 'Ny'),
        ' sedan jämförelsetidpunkten');
    }
    return el('span', { class: 'change-note', 'data-changed': 'true', title },
      el('strong', null, 'Ändrat: '),
      changes.map((c, i) => [i ? '; ' : '', fieldName(c.field) + ' ',
        el('span', { class: 'before' }, valueText(c.field, c.before)), ' → ', valueText(c.field, c.after)]));
  }

  function entityLink(kind, id, text, ctx) {
    return el('a', { href: L.link('/entity.html', { kind: L.KIND_PATH[kind], id, plan: ctx.planId, asOf: ctx.asOf }) },
      text);
  }

  /** Counts of goal prognoses and activity statuses: the dashboard's first line. */
  function summary(plan) {
    const prognoses = {};
    const statuses = {};
    const activities = new Set();
    let directionGoals = 0;
    const visit = goal => {
      if (goal.direction) {
        directionGoals++;
      } else {
        const key = goal.prognosis || 'NOT_ASSESSABLE';
        prognoses[key] = (prognoses[key] || 0) + 1;
      }
      for (const activity of goal.activities) {
        if (!activities.has(activity.id)) {
          activities.add(activity.id);
          const key = activity.status || 'NOT_STARTED';
          statuses[key] = (statuses[key] || 0) + 1;
        }
      }
      goal.goals.forEach(visit);
    };
    plan.goals.forEach(visit);
    const counts = [];
    for (const p of L.PROGNOSIS_ORDER) {
      if (prognoses[p]) {
        counts.push(el('span', { class: 'count', 'data-count-prognosis': p }, L.light(p),
          el('strong', null, prognoses[p]), L.PROGNOSIS[p]));
      }
    }
    if (directionGoals) {
      counts.push(el('span', { class: 'count' }, el('strong', null, directionGoals), 'inriktningsmål'));
    }
    for (const s of L.STATUS_ORDER) {
      if (statuses[s]) {
        counts.push(el('span', { class: 'count', 'data-count-status': s }, el('strong', null, statuses[s]),
          L.statusChip(s)));
      }
    }
    return el('div', { class: 'summary', 'aria-label': 'Sammanfattning' }, counts);
  }

  function prognosisBox(kind, prognosis, extra, cls) {
    return el('div', { class: 'prognosis ' + cls, 'data-prognosis': prognosis || '' },
      L.light(prognosis, true),
      el('span', { class: 'kind' }, kind),
      el('span', { class: 'value' }, prognosis ? L.PROGNOSIS[prognosis] : 'Ej angiven'),
      extra ? el('span', { class: 'motivation' }, extra) : null);
  }

  function goalSection(goal, level, ctx) {
    const changes = ctx.changes.get(goal.id);
    const heading = level === 0 ? 'h2' : 'h3';
    const meta = [
      goal.area ? 'Målområde: ' + goal.area : null,
      goal.sdgs && goal.sdgs.length ? 'Agenda 2030: mål ' + goal.sdgs.join(', ') : null,
      goal.ambition ? 'Ambitionsnivå: ' + goal.ambition : null,
      goal.validTo ? L.GOAL_TEXT.validTo + ' ' + goal.validTo : null
    ].filter(Boolean).join(' · ');
    let prognoses;
    if (goal.direction) {
      prognoses = el('div', { class: 'prognoses' },
        el('span', { class: 'chip direction', title: 'Ett inriktningsmål har ingen mätbar ambition och får ingen prognos' },
          'Inriktningsmål – ingen prognos'));
    } else {
      const stated = prognosisBox('Angiven prognos', goal.statedPrognosis,
        goal.statedPrognosis ? (goal.prognosisMotivation || '') + (ctx.prognoses.get(goal.id)
          && ctx.prognoses.get(goal.id).statedOn ? ' (' + ctx.prognoses.get(goal.id).statedOn + ')' : '') : null,
        'stated');
      prognoses = el('div', { class: 'prognoses' },
        prognosisBox('Beräknad prognos', goal.prognosis, null, 'computed'),
        stated,
        goal.prognosisDiffers ? el('span', { class: 'differs', title: 'Den beräknade och den angivna prognosen skiljer sig åt' },
          'Avviker') : null);
    }
    const section = el('section', {
      class: 'goal level-' + level + (changes ? ' changed-goal' : ''), id: 'goal-' + goal.id, 'data-goal-id': goal.id,
      'data-prognosis': goal.direction ? 'DIRECTION' : goal.prognosis || '', 'data-stated': goal.statedPrognosis || ''
    },
    el('div', { class: 'goal-head' + (changes ? ' changed' : '') },
      el('div', { class: 'goal-title' },
        el('div', null,
          el(heading, { class: 'goal-name' }, entityLink('goal', goal.id, goal.title, ctx)),
          meta ? el('div', { class: 'meta' }, meta) : null,
          changeNote(changes, ctx.changeFrom))),
      prognoses),
    el('div', { class: 'goal-body' },
      goalDetails(goal, ctx),
      indicatorTable(goal, ctx),
      ctx.compact ? activityCounts(goal) : activityTable(goal, ctx),
      goal.goals.map(sub => goalSection(sub, level + 1, ctx))));
    return section;
  }

  function goalDetails(goal, ctx) {
    const blocks = goalTexts(goal);
    if (goal.desiredEffects && goal.desiredEffects.length) {
      blocks.push(el('details', { class: 'block', 'data-key': 'effects-' + goal.id },
        el('summary', null, 'Önskad effekt (' + goal.desiredEffects.length + ')'),
        el('ul', { class: 'effects' }, goal.desiredEffects.map(e => el('li', null, e)))));
    }
    const prognosis = ctx.prognoses.get(goal.id);
    if (!goal.direction && prognosis && prognosis.reasons) {
      const reasons = prognosis.reasons;
      blocks.push(el('details', { class: 'block reasons', 'data-key': 'reasons-' + goal.id },
        el('summary', null, 'Skäl för den beräknade prognosen (' + reasons.length + ')'),
        prognosis.summary ? el('p', { class: 'rule-summary' }, prognosis.summary) : null,
        reasons.length
          ? el('ul', { class: 'reasons' }, reasons.map(r => el('li', null, L.assessmentChip(r.assessment),
            el('span', null, (L.KIND[r.kind] || r.kind) + ': ' + r.text))))
          : el('p', { class: 'muted' }, 'Inga nyckeltal, aktiviteter eller delmål att bedöma: prognosen kan inte bedömas.')));
    }
    return blocks;
  }

  /** Syfte, strategier, risker and the goals of other plans it contributes to or that contribute to it. */
  function goalTexts(goal) {
    const blocks = [];
    if (goal.purpose) {
      blocks.push(el('p', { class: 'block purpose' }, el('strong', null, L.GOAL_TEXT.purpose + ': '), goal.purpose));
    }
    for (const key of ['strategies', 'risks']) {
      const texts = goal[key] || [];
      if (texts.length) {
        blocks.push(el('details', { class: 'block ' + key, 'data-key': key + '-' + goal.id },
          el('summary', null, L.GOAL_TEXT[key] + ' (' + texts.length + ')'),
          el('ul', null, texts.map(t => el('li', null, t)))));
      }
    }
    const goalLink = link => el('a', { href: L.link('/plan.html', { id: link.planId }) + '#goal-' + link.goalId },
      link.title);
    if (goal.contributesTo && goal.contributesTo.length) {
      blocks.push(el('div', { class: 'block contributes-to' }, el('strong', null, L.GOAL_TEXT.contributesTo + ': '),
        el('ul', null, goal.contributesTo.map(link => el('li', { 'data-goal-id': link.goalId }, goalLink(link))))));
    }
    if (goal.contributions && goal.contributions.length) {
      blocks.push(el('div', { class: 'block contributions' },
        el('strong', null, L.GOAL_TEXT.contributions + ' (' + goal.contributions.length + ')'),
        el('ul', null, goal.contributions.map(c => el('li', { 'data-goal-id': c.goalId, 'data-prognosis': c.prognosis || '' },
          L.light(c.prognosis), ' ', goalLink(c), ' – ',
          el('span', { class: 'value' }, c.prognosis ? L.PROGNOSIS[c.prognosis] : 'Ingen prognos'))))));
    }
    return blocks;
  }

  /** A text baseline as written; a flow's baseline is last year's total. */
  function baselineText(indicator) {
    const b = indicator.baseline;
    if (b.text) {
      return 'Ingångsvärde: ' + b.text;
    }
    return (indicator.kind === 'FLOW' ? 'Förra årets total ' : 'Ingångsvärde ')
      + L.withUnit(b.value, indicator.unit) + (b.date ? ' (' + b.date + ')' : '');
  }

  /** A flow counts within each calendar year; a retired indicator names its last day. */
  function kindNote(indicator) {
    const notes = [];
    if (indicator.kind === 'FLOW') {
      notes.push('Flöde: summa hittills i år mot årets mål');
    }
    if (indicator.validTo) {
      notes.push('Gäller till och med ' + indicator.validTo);
    }
    return notes.length ? el('span', { class: 'comment-free muted own-line small' }, notes.join(' · ')) : null;
  }

  /** A value (a flow's: so far this year), no new data, or a manager's judgement with its text. */
  function latestText(indicator) {
    const latest = indicator.latest;
    if (!latest) {
      return 'Inget utfall';
    }
    const when = ' (' + latest.effectiveDate + ')';
    if (latest.assessment) {
      return 'Bedömning: ' + (L.ASSESSMENT[latest.assessment] || latest.assessment) + ' – ' + latest.text
        + (latest.assessedBy ? ', ' + latest.assessedBy : '') + when;
    }
    if (latest.noNewData) {
      return 'Inga nya data' + when;
    }
    return L.withUnit(latest.value, indicator.unit) + (indicator.kind === 'FLOW' ? ' hittills i år' : '') + when;
  }

  /** One target, or the path of yearly targets with this year's first. */
  function targetsText(indicator) {
    if (!indicator.targets || !indicator.targets.length) {
      return L.targetText(indicator.target, indicator.unit);
    }
    const path = indicator.targets.map(t => t.year + ': ' + L.withUnit(t.value, indicator.unit)).join(', ');
    return (indicator.yearTarget !== null && indicator.yearTarget !== undefined
      ? 'I år ' + L.withUnit(indicator.yearTarget, indicator.unit) + ' · ' : '') + path;
  }

  function indicatorTable(goal, ctx) {
    if (!goal.indicators.length) {
      return null;
    }
    return el('div', { class: 'block' },
      el('table', { class: 'items indicators' },
        el('thead', null, el('tr', null,
          el('th', null, 'Nyckeltal'), el('th', { class: 'c-chart' }, 'Utveckling'),
          el('th', { class: 'c-latest' }, 'Senaste utfall'), el('th', { class: 'c-target' }, 'Önskat läge'),
          el('th', { class: 'c-assessment' }, 'Bedömning'))),
        el('tbody', null, goal.indicators.map(indicator => {
          const changes = ctx.changes.get(indicator.id);
          const latest = indicator.latest;
          return el('tr', { 'data-indicator-id': indicator.id, class: changes ? 'changed' : null },
            el('td', null, entityLink('indicator', indicator.id, indicator.name, ctx),
              el('span', { class: 'comment-free muted' }, ' (' + indicator.unit + ')'),
              indicator.baseline ? el('span', { class: 'comment-free muted own-line small' },
                baselineText(indicator) + (indicator.source ? ' · Källa: ' + indicator.source : '')) : null,
              kindNote(indicator),
              changeNote(changes, ctx.changeFrom)),
            el('td', { class: 'chart' }, L.indicatorChart(indicator, L.measurementsOf(indicator.series)),
              A11y.chartTable(indicator, L.measurementsOf(indicator.series), 'values-' + indicator.id)),
            el('td', { class: 'when' }, latestText(indicator),
              // a fetched value credits where it came from, as its licence asks
              latest && latest.source ? el('span', { class: 'comment-free muted own-line small source-credit' },
                L.SOURCE[latest.source] || latest.source) : null),
            el('td', null, targetsText(indicator)),
            el('td', { class: 'status' }, L.assessmentChip(indicator.assessment)));
        }))));
  }

  function activityTable(goal, ctx) {
    if (!goal.activities.length) {
      return null;
    }
    return el('div', { class: 'block' },
      el('table', { class: 'items activities' },
        el('thead', null, el('tr', null,
          el('th', null, 'Aktivitet'), el('th', { class: 'c-who' }, 'Ansvarig'),
          el('th', { class: 'c-when' }, 'Period'), el('th', { class: 'c-status' }, 'Status'))),
        el('tbody', null, goal.activities.map(activity => {
          const changes = ctx.changes.get(activity.id);
          const responsible = activity.responsible || {};
          return el('tr', {
            'data-activity-id': activity.id, 'data-status': activity.status || '', class: changes ? 'changed' : null
          },
          el('td', null, entityLink('activity', activity.id, activity.title, ctx),
            activity.desiredState ? el('span', { class: 'comment-free muted own-line small' },
              'Önskat läge: ' + activity.desiredState) : null,
            activity.explanation ? el('span', { class: 'explanation' }, 'Avvikelse: ' + activity.explanation) : null,
            activity.latestComment ? el('span', { class: 'comment', title: 'Senaste kommentar' },
              activity.latestComment.text + ' (' + activity.latestComment.effectiveDate + ')') : null,
            changeNote(changes, ctx.changeFrom)),
          el('td', { class: 'who' }, [responsible.person, responsible.unit].filter(Boolean).join(', '),
            activity.partners && activity.partners.length
              ? el('span', { class: 'partners', title: 'Samverkan med ' + activity.partners.join(', ') },
                'Samverkan: ' + activity.partners.join(', '))
              : null),
          el('td', { class: 'when' }, activity.start || activity.end
            ? (activity.start || '…') + ' – ' + (activity.end || '…') : 'Ej angiven'),
          el('td', { class: 'status' }, L.statusChip(activity.status, activity.statusLabel)));
        }))));
  }

  /**
   * An entity that did not exist at the start of the comparison comes as one change per field;
   * it is shown as one line: added, with its title.
   */
  function condense(changes, plan) {
    const byId = new Map();
    for (const change of changes) {
      if (!byId.has(change.id)) {
        byId.set(change.id, []);
      }
      byId.get(change.id).push(change);
    }
    const names = titles(plan);
    const result = [];
    for (const [id, list] of byId) {
      const created = list.every(c => c.before === null || c.before === undefined)
        && list.some(c => c.field === 'title' || c.field === 'name');
      if (created) {
        const named = list.find(c => c.field === 'title' || c.field === 'name');
        result.push({ kind: list[0].kind, id, field: 'created', before: null,
          after: (names.get(id) || {}).title || named.after });
      } else {
        result.push(...list);
      }
    }
    return result;
  }

  /** The compact view: one line with the goal's activities counted by status. */
  function activityCounts(goal) {
    if (!goal.activities.length) {
      return null;
    }
    const counts = {};
    goal.activities.forEach(a => { counts[a.status || 'NOT_STARTED'] = (counts[a.status || 'NOT_STARTED'] || 0) + 1; });
    return el('div', { class: 'block activity-counts' }, goal.activities.length + ' aktiviteter: ',
      L.STATUS_ORDER.filter(s => counts[s]).map((s, i) => [i ? ' ' : '', el('strong', null, counts[s]), ' ',
        L.statusChip(s)]));
  }

  /** Every indicator in the tree, each once. */
  function indicators(plan) {
    const found = new Map();
    const visit = goal => {
      goal.indicators.forEach(i => found.set(i.id, i));
      goal.goals.forEach(visit);
    };
    plan.goals.forEach(visit);
    return [...found.values()];
  }

  /** Every entity's title by id, for lists of changes. */
  function titles(plan) {
    const found = new Map();
    const visit = goal => {
      found.set(goal.id, { kind: 'goal', title: goal.title });
      goal.indicators.forEach(i => found.set(i.id, { kind: 'indicator', title: i.name }));
      goal.activities.forEach(a => found.set(a.id, { kind: 'activity', title: a.title }));
      goal.goals.forEach(visit);
    };
    plan.goals.forEach(visit);
    found.set(plan.id, { kind: 'plan', title: plan.title });
    return found;
  }

  /**
   * The goal tree. options: prognoses (the /prognoses answer, else the plan's own), changes (the
   * /changes answer) and changeFrom (its label), asOf for links. Each indicator brings its own series from the server.
   */
  function render(plan, options) {
    const opts = options || {};
    const prognoses = opts.prognoses || prognosesOf(plan);
    const ctx = {
      planId: plan.id,
      asOf: opts.asOf || null,
      prognoses: new Map(prognoses.prognoses.map(p => [p.goalId, p])),
      changes: new Map(),
      changeFrom: opts.changeFrom || '',
      compact: Boolean(opts.compact)
    };
    if (opts.changes) {
      for (const change of condense(opts.changes.changes, plan)) {
        if (!ctx.changes.has(change.id)) {
          ctx.changes.set(change.id, []);
        }
        ctx.changes.get(change.id).push(change);
      }
    }
    const body = plan.goals.length
      ? byArea(plan.goals, ctx)
      : el('p', { class: 'panel muted' }, 'Planen har inga mål ännu.');
    return el('div', { class: 'plan-tree' }, summary(plan), ruleNote(prognoses), body);
  }

  /** The plan answer brings each goal's reasons and the rule: the /prognoses answer's shape, without asking it. */
  function prognosesOf(plan) {
    const found = [];
    const visit = goal => {
      found.push({ goalId: goal.id, statedOn: goal.prognosisStatedOn, reasons: goal.prognosisReasons,
        summary: goal.prognosisSummary });
      goal.goals.forEach(visit);
    };
    plan.goals.forEach(visit);
    return { prognoses: found, rule: plan.prognosisRule };
  }

  /** The parameters the computed prognoses used: the plan's own, set by a decision, or the default rule. */
  function ruleNote(prognoses) {
    const rule = prognoses && prognoses.rule;
    if (!rule) {
      return null;
    }
    const share = L.number(Number(rule.notMetShare) * 100) + ' %';
    return el('p', { class: 'muted small rule-note', 'data-rule': rule.decision ? 'plan' : 'default' },
      (rule.decision ? 'Planens prognosregel från ' + rule.effectiveFrom + ' (' + L.decisionText(rule.decision) + ')'
        : 'Standardregel för beräknad prognos') + ': aktiviteter ' + (rule.activitiesMayLower ? 'får' : 'får inte')
      + ' sänka ett mått-baserat resultat; gränsen för aktiviteter med risk är mer än ' + share + '.');
  }

  /** The top goals under their målområde, as the server ordered them; goals without one stand alone. */
  function byArea(goals, ctx) {
    const parts = [];
    let current = null;
    for (const goal of goals) {
      if (!goal.area) {
        current = null;
        parts.push(goalSection(goal, 0, ctx));
        continue;
      }
      if (!current || current.dataset.area !== goal.area) {
        current = el('section', { class: 'target-area', 'data-area': goal.area },
          el('h2', { class: 'area-heading' }, 'Målområde: ' + goal.area));
        parts.push(current);
      }
      current.append(goalSection(goal, 0, ctx));
    }
    return parts;
  }

  /** Keeps opened sections open across a re-render. */
  function openKeys(container) {
    return new Set([...container.querySelectorAll('details[open][data-key]')].map(d => d.dataset.key));
  }

  function reopen(container, keys) {
    if (!keys.size) {
      return;
    }
    container.querySelectorAll('details[data-key]').forEach(d => {
      if (keys.has(d.dataset.key)) {
        d.open = true;
      }
    });
  }

  return { render, openKeys, reopen, titles, valueText, fieldName, condense };
})();
