/*
 * The plan overview: the goal tree with traffic lights, reasons, indicator charts and activity
 * statuses. Without asOf it follows the ledger live: every few seconds it asks again and
 * re-renders only when the answer changed.
 */
'use strict';

(() => {
  const L = Ledger;
  const el = L.el;
  const POLL_MILLIS = 4000;
  const query = L.params();
  const planId = query.get('id');
  const asOf = query.get('asOf') || '';
  let validAt = query.get('validAt') || '';
  const compact = query.get('compact') === '1';
  if (compact) {
    document.documentElement.classList.add('wall');
  }
  const live = !asOf;
  const content = document.getElementById('content');
  const statusLine = document.getElementById('status-line');
  let lastKey = null;
  let lastChange = null;
  let timer = null;

  L.mountTopbar('plan', planId);
  L.openDetailsWhilePrinting();
  document.getElementById('valid-at').value = validAt;
  document.getElementById('toolbar').addEventListener('submit', event => {
    event.preventDefault();
    location.href = L.link('/plan.html', { id: planId, asOf, validAt: document.getElementById('valid-at').value,
      compact: compact ? '1' : '' });
  });
  document.getElementById('today-link').href = L.link('/plan.html', { id: planId, validAt: L.today(),
    compact: compact ? '1' : '' });
  const compactLink = document.getElementById('compact-link');
  compactLink.href = L.link('/plan.html', { id: planId, asOf, validAt, compact: compact ? '' : '1' });
  compactLink.textContent = compact ? 'Visa hela översikten' : 'Väggskärm';
  document.getElementById('auditor-link').href = L.link('/auditor.html', { id: planId, validAt });
  document.getElementById('print-link').addEventListener('click', event => {
    event.preventDefault();
    window.print();
  });

  if (!planId) {
    L.replace(content, el('p', { class: 'error' }, 'Ingen plan vald. Välj en plan på startsidan.'));
    return;
  }

  /** The answer without its asOf, which moves with every request when it defaults to now. */
  function stable(text) {
    const json = JSON.parse(text);
    delete json.asOf;
    return json;
  }

  function planText() {
    return L.getText('/api/plans/' + encodeURIComponent(planId), { asOf, validAt });
  }

  /** One question a round: the plan answer brings the prognoses' reasons, the rule and the series. */
  async function refresh(answered) {
    const started = performance.now();
    try {
      const text = answered || await planText();
      const key = JSON.stringify(stable(text));
      if (key !== lastKey) {
        renderPage(JSON.parse(text));
        content.dataset.renderMillis = Math.round(performance.now() - started);
        if (lastKey !== null) {
          lastChange = new Date();
          A11y.announce('Läget har ändrats ' + L.clock(lastChange));
        }
        lastKey = key;
      }
      showStatus(JSON.parse(text), null);
    } catch (error) {
      if (lastKey === null) {
        L.replace(content, L.errorBox(error));
      }
      showStatus(null, error);
    } finally {
      if (live) {
        clearTimeout(timer);
        timer = setTimeout(refresh, document.hidden ? POLL_MILLIS * 5 : POLL_MILLIS);
      }
    }
  }

  function renderPage(plan) {
    document.title = plan.title + ' – Översikt – Uppföljningsliggaren';
    document.getElementById('plan-title').textContent = plan.title;
    const adoption = plan.adoption ? 'Antagen ' + L.decisionText(plan.adoption) : 'Ej antagen';
    document.getElementById('plan-subtitle').textContent = plan.organisation + ' · ' + plan.periodStart + ' – '
      + plan.periodEnd + ' · ' + adoption;
    document.getElementById('report-title').textContent = 'Uppföljning – ' + plan.organisation + ', ' + plan.title
      + ' – prognos för måluppfyllelse per ' + plan.validAt
      + (asOf ? ', enligt liggaren ' + L.instant(plan.asOf) : '') + ' · utskriven ' + L.instant(new Date().toISOString());
    L.mountDownloads(planId, { asOf, validAt: plan.validAt });
    const open = PlanView.openKeys(content);
    L.replace(content, compact ? Wall.render(plan, asOf) : PlanView.render(plan, { asOf: asOf ? plan.asOf : null }));
    PlanView.reopen(content, open);
    if (live && !compact) {
      ReportHooks.plan(content, plan, { validAt: () => validAt || plan.validAt, reload: reloadAt });
    }
  }

  /** After a write: the state that includes it (minPosition = the write's position), at once. */
  async function reloadAt(position) {
    await refresh(await L.getText('/api/plans/' + encodeURIComponent(planId), { asOf, validAt, minPosition: position }));
  }

  function showStatus(plan, error) {
    const parts = [];
    if (plan) {
      parts.push('Läget giltigt per ' + plan.validAt + (asOf ? ', som liggaren kände det ' + L.instant(plan.asOf)
        : ', enligt allt liggaren vet nu'));
    }
    if (live) {
      parts.push(el('span', { class: 'live' }, 'Uppdateras automatiskt'));
      parts.push('kontrollerad ' + L.clock());
      if (lastChange) {
        parts.push('senast ändrad ' + L.clock(lastChange));
      }
    }
    if (error) {
      parts.push(el('span', { class: 'error inline' }, 'Kunde inte uppdatera: ' + error.message));
    }
    L.replace(statusLine, parts.map((p, i) => [i ? ' · ' : '', p]));
  }

  document.addEventListener('visibilitychange', () => {
    if (live && !document.hidden) {
      refresh();
    }
  });

  /**
   * A past plan opens at its latest report date, not at today (when every light would be grey):
   * the answer for today names that date (openingDate), and a running plan's answer is the page.
   */
  async function start() {
    let answered = null;
    if (!validAt) {
      try {
        answered = await planText();
        validAt = JSON.parse(answered).openingDate || '';
      } catch (error) {
        validAt = '';
      }
      document.getElementById('valid-at').value = validAt;
    }
    refresh(validAt ? null : answered);
  }
  start();
})();
