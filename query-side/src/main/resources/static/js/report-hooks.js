/*
 * Puts the "Rapportera" buttons on the overview and the month grid, for those whose role may
 * report (MANAGER, ADMIN) and only on the live state (never on a past one, the wall screen or paper).
 */
'use strict';

const ReportHooks = (() => {
  let focusKey = null;

  /** After a write the page renders anew: the keyboard goes back to the button that opened the form. */
  function focusAfterRender(key) {
    focusKey = key;
  }

  /** Marks the page (data-forms: report or none) and hands the focus back once the buttons are in. */
  async function allowed(content) {
    const may = await Forms.mayReport();
    content.dataset.forms = may ? 'report' : 'none';
    return may;
  }

  function refocus(content) {
    const again = focusKey ? content.querySelector('[data-form-key="' + CSS.escape(focusKey) + '"]') : null;
    if (again) {
      again.focus();
      focusKey = null;
    }
  }

  /** Every goal, indicator and activity of the plan answer by id. */
  function entities(plan) {
    const found = { goal: new Map(), indicator: new Map(), activity: new Map() };
    const visit = goal => {
      found.goal.set(goal.id, goal);
      goal.indicators.forEach(i => found.indicator.set(i.id, i));
      goal.activities.forEach(a => found.activity.set(a.id, a));
      goal.goals.forEach(visit);
    };
    plan.goals.forEach(visit);
    return found;
  }

  /**
   * The overview (plan.js, after each render). page: {validAt(), reload(position)}; the default
   * effective date follows the month the page shows.
   */
  async function plan(content, answer, page) {
    if (!(await allowed(content))) {
      return;
    }
    const found = entities(answer);
    const hooks = {
      date: () => Forms.followUpDate(page.validAt(), answer.periodStart, answer.periodEnd),
      reload: page.reload
    };
    content.querySelectorAll('section.goal[data-goal-id]').forEach(section => {
      const goal = found.goal.get(section.dataset.goalId);
      const head = section.querySelector(':scope > .goal-head .goal-title');
      if (goal && head && !head.querySelector('.report-button')) {
        head.append(ReportForms.button('goal', goal, hooks));
      }
    });
    for (const kind of ['indicator', 'activity']) {
      content.querySelectorAll('tr[data-' + kind + '-id]').forEach(row => {
        const entity = found[kind].get(row.getAttribute('data-' + kind + '-id'));
        // beside the name, where the row's text begins; the status cell keeps only the status
        const cell = row.querySelector('td');
        if (entity && cell && !cell.querySelector('.report-button')) {
          cell.append(ReportForms.button(kind, entity, hooks));
        }
      });
    }
    refocus(content);
  }

  /** The month grid (grid.js, after each render): a button in each goal's and activity's row head. */
  async function grid(content, plan, page) {
    if (!(await allowed(content))) {
      return;
    }
    const hooks = {
      date: () => Forms.followUpDate(page.month() ? Forms.monthEnd(page.month()) : '', plan.periodStart, plan.periodEnd),
      reload: page.reload
    };
    content.querySelectorAll('tr[data-kind][data-id]').forEach(row => {
      const head = row.querySelector('th.row-title');
      const title = head ? head.textContent : row.dataset.id;
      if (head && !head.querySelector('.report-button')) {
        head.append(' ', ReportForms.button(row.dataset.kind, { id: row.dataset.id, title }, hooks));
      }
    });
    refocus(content);
  }

  return { plan, grid, entities, focusAfterRender };
})();
