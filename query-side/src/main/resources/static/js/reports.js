/*
 * A plan's reports for the pages: where a past plan opens (its latest report date, or the end of
 * its period when it has none) and how a report is named.
 */
'use strict';

const Reports = (() => {
  const L = Ledger;

  function reportsOf(planId, asOf) {
    return L.get('/api/plans/' + encodeURIComponent(planId) + '/reports', { asOf });
  }

  /**
   * '' (today) while the plan's period runs; afterwards its latest report date, else its period's
   * end. known: the plan list when the page has it already.
   */
  async function openingDate(planId, asOf, known) {
    const [plans, reports] = await Promise.all([known || L.get('/api/plans', { asOf }), reportsOf(planId, asOf)]);
    const plan = plans.find(p => p.id === planId);
    if (!plan || !plan.periodEnd || plan.periodEnd >= L.today()) {
      return '';
    }
    const latest = reports.map(r => r.reportDate).sort().pop();
    return latest || plan.periodEnd;
  }

  function label(report) {
    return report.title + ' per ' + report.reportDate + ' – utfärdad ' + L.instant(report.issuedAt);
  }

  return { reportsOf, openingDate, label };
})();
