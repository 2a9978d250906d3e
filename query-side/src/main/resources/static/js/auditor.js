/*
 * The auditor's view: the plan exactly as the ledger knew it at a recorded decision (or any
 * instant), valid on a chosen date, and what changed between two decisions or instants. With
 * report=<id> it shows what the board saw: the report's content (its issue instant, its date),
 * and what the ledger learnt since, each change with who, when and why.
 */
'use strict';

(async () => {
  const L = Ledger;
  const el = L.el;
  L.openDetailsWhilePrinting();
  const { query, planId, asOf } = L.planPage('auditor');
  if (!planId) {
    return;
  }
  const validAt = query.get('validAt') || '';
  const report = query.get('report') || '';
  let openAt = validAt;
  const from = query.get('from') || '';
  const content = document.getElementById('content');
  const asOfChoice = document.getElementById('as-of-choice');
  const asOfInput = document.getElementById('as-of');
  const fromChoice = document.getElementById('from-choice');
  const fromInput = document.getElementById('from');
  const validAtInput = document.getElementById('valid-at');

  let decisions = [];
  let reports = [];
  try {
    [decisions, reports] = await Promise.all([L.get('/api/plans/' + encodeURIComponent(planId) + '/decisions'),
      Reports.reportsOf(planId, '')]);
    if (!validAt && !report) {
      openAt = await Reports.openingDate(planId, asOf);
    }
  } catch (error) {
    L.replace(content, L.errorBox(error));
    return;
  }
  const reportById = new Map(reports.map(r => [r.reportId, r]));
  const approves = d => (d.approvesReport && reportById.has(d.approvesReport)
    ? ' – godkänner ' + reportById.get(d.approvesReport).title : '');
  const decisionLabel = d => (d.type === 'PlanAdopted' ? 'Antagande: ' : '') + L.decisionText(d.decision)
    + ' – registrerat ' + L.instant(d.recordedAt) + approves(d);
  const shown = reportById.get(report);

  fillChoice(asOfChoice, asOfInput, 'Nu (allt liggaren vet idag)', asOf);
  fillChoice(fromChoice, fromInput, 'Ingen jämförelse', from);
  validAtInput.value = validAt;
  asOfChoice.addEventListener('change', () => {
    const decision = decisions.find(d => d.recordedAt === asOfChoice.value);
    if (decision && !validAtInput.value && decision.decision && decision.decision.date) {
      validAtInput.value = decision.decision.date;
    }
  });
  document.getElementById('auditor-form').addEventListener('submit', event => {
    event.preventDefault();
    location.href = L.link('/auditor.html', {
      id: planId,
      asOf: chosen(asOfChoice, asOfInput),
      validAt: validAtInput.value,
      from: chosen(fromChoice, fromInput)
    });
  });

  function fillChoice(select, input, noneLabel, current) {
    select.append(el('option', { value: '' }, noneLabel));
    decisions.forEach(d => select.append(el('option', { value: d.recordedAt, 'data-event-id': d.eventId }, decisionLabel(d))));
    select.append(el('option', { value: 'custom' }, 'Annan tidpunkt …'));
    if (current && decisions.some(d => d.recordedAt === current)) {
      select.value = current;
    } else if (current) {
      select.value = 'custom';
      input.value = current;
      input.hidden = false;
    }
    select.addEventListener('change', () => {
      input.hidden = select.value !== 'custom';
      if (!input.hidden) {
        input.focus();
      }
    });
  }

  function chosen(select, input) {
    if (select.value === 'custom') {
      return input.value.trim().replace(' ', 'T');
    }
    return select.value;
  }

  /** A decision by its citation, any other instant as the server read it. */
  function describe(instant, resolved) {
    const decision = decisions.find(d => d.recordedAt === instant);
    return decision ? L.decisionText(decision.decision) + ' (registrerat ' + L.instant(instant) + ')'
      : L.instant(resolved || instant);
  }

  L.replace(content, el('p', { class: 'loading' }, 'Hämtar planen som den var känd …'));
  const started = performance.now();
  try {
    const path = '/api/plans/' + encodeURIComponent(planId);
    const at = report ? { report } : { asOf, validAt: openAt };
    const plan = await L.get(path, at);
    L.mountDownloads(planId, report ? { report } : { asOf: asOf ? plan.asOf : '', validAt: plan.validAt });
    const changes = report ? await L.get(path + '/changes', { report })
      : from ? await L.get(path + '/changes', { from, to: asOf, validAt: plan.validAt }) : null;
    document.title = plan.title + ' – Granskning – Uppföljningsliggaren';
    document.getElementById('plan-title').textContent = 'Granskning: ' + plan.title;
    const knownAt = report ? 'Det styrelsen såg: ' + (shown ? Reports.label(shown) : report)
        + (shown && shown.approvedBy.length ? ', godkänd ' + shown.approvedBy.map(L.decisionText).join(', ') : '')
      : asOf ? 'Planen som liggaren kände den ' + describe(asOf, plan.asOf)
        : 'Planen som liggaren känner den nu (' + L.instant(plan.asOf) + ')';
    document.getElementById('report-title').textContent = plan.organisation + ', ' + plan.title + ' – ' + knownAt.charAt(0).toLowerCase()
      + knownAt.substring(1) + ', giltig per ' + plan.validAt;
    const changeFrom = report ? 'rapporten utfärdades (' + L.instant(changes.from) + ')'
      : from ? describe(from, changes.from) : '';
    L.replace(content,
      el('div', { class: 'as-known', id: 'as-known', 'data-as-of': plan.asOf, 'data-valid-at': plan.validAt },
        el('strong', null, knownAt + ', giltig per ' + plan.validAt + '. '),
        asOf ? el('a', { href: L.link('/auditor.html', { id: planId, validAt: plan.validAt,
          from: decisions.some(d => d.recordedAt === asOf) ? asOf : plan.asOf }), id: 'compare-now' },
          'Vad vet liggaren nu om samma datum? (ändringar sedan dess)') : null,
        ' ',
        el('a', { href: L.link('/grid.html', { id: planId, year: plan.validAt.substring(0, 4), asOf }) }, asOf ? 'Månadstabellen som då' : 'Månadstabellen')),
      reportTable(),
      el('div', { class: 'panel spaced', id: 'self-audit' }, el('h2', { class: 'flush' }, 'Självgranskning'),
        el('p', { class: 'audit-result' }, '…')),
      changes ? changeTable(changes, plan, changeFrom) : null,
      PlanView.render(plan, { changes, changeFrom, asOf: asOf || report ? plan.asOf : null }));
    content.dataset.renderMillis = Math.round(performance.now() - started);
    fillReceipts();
    fillSelfAudit();
  } catch (error) {
    L.replace(content, L.errorBox(error));
  }

  function changeTable(changes, plan, changeFrom) {
    const titles = PlanView.titles(plan);
    const rows = PlanView.condense(changes.changes, plan);
    return el('div', { class: 'panel spaced', id: 'changes' },
      el('h2', { class: 'flush' }, 'Ändringar sedan ' + changeFrom + ' fram till '
        + (asOf && !report ? describe(asOf, changes.to) : 'nu') + ', giltiga per ' + changes.validAt + ': ' + rows.length),
      el('p', { class: 'muted note' }, 'Ändrade poster är markerade i gult i planen nedan.'),
      rows.length ? el('table', { class: 'items changes' },
        el('thead', null, el('tr', null, el('th', null, 'Typ'), el('th', null, 'Post'), el('th', null, 'Uppgift'),
          el('th', null, 'Före'), el('th', null, 'Efter'), el('th', null, 'Av'), el('th', null, 'Registrerad'),
          el('th', null, 'Gäller från'), el('th', null, 'Rättelseskäl'))),
        el('tbody', null, rows.map(c => {
          const known = titles.get(c.id);
          return el('tr', { 'data-change-id': c.id, 'data-field': c.field },
            el('td', null, L.KIND[c.kind] || c.kind),
            el('td', null, el('a', { href: L.link('/entity.html', { kind: L.KIND_PATH[c.kind], id: c.id, plan: planId, asOf: asOf ? plan.asOf : '' }) },
              known ? known.title : c.id)),
            el('td', null, PlanView.fieldName(c.field)),
            el('td', { class: 'before' }, PlanView.valueText(c.field, c.before)),
            el('td', { class: 'after' }, (c.change === 'ADDED' && c.field === 'comment' ? 'Tillagd: ' : '')
              + PlanView.valueText(c.field, c.after)),
            el('td', { class: 'actor' }, c.actor || ''),
            el('td', { class: 'recorded' }, L.instant(c.recordedAt)),
            el('td', { class: 'effective' }, c.effectiveDate || ''),
            el('td', { class: 'reason' }, c.correctionReason || ''));
        })))
        : el('p', { class: 'muted' }, 'Inga ändringar.'));
  }

  /**
   * Each report's seal, checked again by the ledger as it answers: the state digest of what the
   * board saw and the checkpoint it was signed with, "verifierat" or what failed.
   */
  async function fillReceipts() {
    let receipts;
    try {
      receipts = await L.get('/api/proof/receipts', { plan: planId });
    } catch (error) {
      document.querySelectorAll('td.receipt').forEach(td => td.prepend('ej tillgängligt '));
      return;
    }
    const byReport = new Map(receipts.map(r => [r.reportId, r]));
    for (const row of document.querySelectorAll('#reports tr[data-report-id]')) {
      const cell = row.querySelector('td.receipt');
      const receipt = byReport.get(row.dataset.reportId);
      const text = !receipt || receipt.verified === null ? 'väntar på försegling'
        : receipt.verified ? 'verifierat: tillstånd ' + receipt.stateDigest.split(':').pop().substring(0, 12) + '…, kontrollpunkt '
          + receipt.checkpointSize + ' löv (rot ' + receipt.checkpointRoot.substring(0, 12) + '…)'
          : 'FEL: ' + receipt.failure;
      cell.replaceChildren(el('span', { class: receipt && receipt.verified === false ? 'error' : '' }, text), ' ',
        cell.querySelector('a.bundle'));
    }
  }

  /**
   * The ledger's last self-audit of its whole history against the Merkle log (every leaf
   * recomputed from the event store): when it found a difference, the first event that differs.
   */
  async function fillSelfAudit() {
    const cell = document.querySelector('#self-audit .audit-result');
    let audit;
    try {
      audit = await L.get('/api/proof/audit');
    } catch (error) {
      cell.replaceChildren(L.errorBox(error));
      return;
    }
    cell.replaceChildren(!audit.auditedAt ? 'Ingen självgranskning har körts sedan start.'
      : audit.ok ? 'Senaste självgranskning ' + L.instant(audit.auditedAt) + ': alla ' + audit.checkedLeaves
        + ' löv stämmer med händelselagret och kontrollpunkterna.'
        : el('span', { class: 'error', role: 'alert' }, 'AVVIKELSE vid självgranskningen ' + L.instant(audit.auditedAt)
          + ': händelse ' + (audit.firstMismatch.eventId || '–') + ' (löv ' + (audit.firstMismatch.leafIndex ?? '–')
          + '): ' + audit.firstMismatch.reason));
  }

  /** The plan's reports, each with the decisions that approved it and a link to what the board saw. */
  function reportTable() {
    return el('div', { class: 'panel spaced', id: 'reports' },
      el('h2', { class: 'flush' }, 'Rapporter: ' + reports.length),
      reports.length ? el('table', { class: 'items reports' },
        el('thead', null, el('tr', null, el('th', null, 'Rapport'), el('th', null, 'Per'), el('th', null, 'Utfärdad'),
          el('th', null, 'Av'), el('th', null, 'Godkänd genom'), el('th', null, 'Bevis'), el('th', null, ''))),
        el('tbody', null, reports.map(r => el('tr', { 'data-report-id': r.reportId },
          el('td', null, r.title), el('td', null, r.reportDate), el('td', null, L.instant(r.issuedAt)),
          el('td', null, r.actor), el('td', { class: 'approved-by' }, r.approvedBy.map(L.decisionText).join(', ') || '–'),
          el('td', { class: 'receipt' }, '…', ' ', el('a', { href: L.link('/api/plans/' + encodeURIComponent(planId)
            + '/proof-bundle', { report: r.reportId }), class: 'bundle' }, 'bevispaket')),
          el('td', null, el('a', { href: L.link('/auditor.html', { id: planId, report: r.reportId }),
            class: 'board-saw' }, 'Visa det styrelsen såg'))))))
        : el('p', { class: 'muted' }, 'Inga rapporter utfärdade.'));
  }
})();
