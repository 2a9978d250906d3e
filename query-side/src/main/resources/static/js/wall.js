/*
 * The wall screen (plan.html?compact=1): one tile per målområde with its goals counted by traffic
 * light, its deviating activities and its latest follow-up, in type readable from across the
 * room. The overview's polling keeps it current; the page hides the menus and forms (html.wall).
 * A top goal without a målområde gets a tile of its own, named by its title. The latest follow-up
 * is the latest date of a comment, prognosis or measurement in the plan answer, or of a month
 * the month grid shows as reported (a mark, a comment, a changed status); the month grid is asked
 * again every FOLLOW_UP_MILLIS, as a month mark does not change the plan answer.
 */
'use strict';

const Wall = (() => {
  const L = Ledger;
  const el = L.el;
  const LIGHTS = ['MET', 'PARTLY_MET', 'NOT_MET', 'NOT_ASSESSABLE'];
  const DEVIATING = new Set(['DEVIATING', 'COMPLETED_WITH_DEVIATION']);
  const SHOWN = 5;
  const FOLLOW_UP_MILLIS = 30000;
  let followUpTimer = null;

  function tiles(plan) {
    const byKey = new Map();
    for (const goal of plan.goals) {
      const key = goal.area ? 'area:' + goal.area : 'goal:' + goal.id;
      if (!byKey.has(key)) {
        byKey.set(key, { area: goal.area || '', name: goal.area || goal.title, goals: [] });
      }
      byKey.get(key).goals.push(goal);
    }
    return [...byKey.values()];
  }

  /** The tile's goals counted by computed prognosis (inriktningsmål apart), deviations, latest follow-up. */
  function facts(tile) {
    const counts = {};
    const deviations = new Map();
    let directions = 0;
    let latest = '';
    const later = date => {
      if (date && date > latest) {
        latest = date;
      }
    };
    const visit = goal => {
      if (goal.direction) {
        directions++;
      } else {
        const light = goal.prognosis || 'NOT_ASSESSABLE';
        counts[light] = (counts[light] || 0) + 1;
      }
      later(goal.prognosisStatedOn);
      goal.indicators.forEach(i => later(i.latest && i.latest.effectiveDate));
      for (const activity of goal.activities) {
        later(activity.latestComment && activity.latestComment.effectiveDate);
        if (DEVIATING.has(activity.status)) {
          deviations.set(activity.id, activity);
        }
      }
      goal.goals.forEach(visit);
    };
    tile.goals.forEach(visit);
    return { counts, directions, deviations: [...deviations.values()], latest };
  }

  function countItem(light, count) {
    const lamp = L.light(light);
    lamp.setAttribute('aria-hidden', 'true');
    return el('li', { class: 'wall-count' + (count ? '' : ' zero'), 'data-prognosis': light, 'data-count': count },
      lamp, el('strong', null, count), el('span', { class: 'visually-hidden' }, L.PROGNOSIS[light]));
  }

  function tile(t, index) {
    const f = facts(t);
    t.latest = f.latest;
    const heading = 'wall-tile-' + index;
    const shown = f.deviations.slice(0, SHOWN);
    return el('section', { class: 'wall-tile', 'data-area': t.name, 'data-deviations': f.deviations.length,
      'aria-labelledby': heading },
      el('h2', { id: heading }, t.name),
      el('ul', { class: 'wall-counts', 'aria-label': 'Mål per beräknad prognos' },
        LIGHTS.map(light => countItem(light, f.counts[light] || 0)),
        f.directions ? el('li', { class: 'wall-count', 'data-prognosis': 'DIRECTION', 'data-count': f.directions },
          el('strong', null, f.directions), el('span', null, 'inriktningsmål')) : null),
      shown.length ? [
        el('h3', null, 'Avvikande aktiviteter: ', el('span', { class: 'wall-deviation-count' }, f.deviations.length)),
        el('ul', { class: 'wall-deviations' }, shown.map(a => el('li', { 'data-activity-id': a.id },
          a.title, a.explanation ? el('span', { class: 'explanation' }, a.explanation) : null)),
        f.deviations.length > SHOWN ? el('li', { class: 'more' }, 'och ' + (f.deviations.length - SHOWN) + ' till') : null)]
        : el('p', { class: 'wall-none' }, 'Inga avvikande aktiviteter'),
      followUp(el('p', { class: 'wall-followup' }), f.latest));
  }

  function followUp(p, latest) {
    p.dataset.latest = latest;
    p.replaceChildren(...(latest ? ['Senaste uppföljning ', el('span', { class: 'date' }, latest)]
      : ['Ingen uppföljning ännu']));
    return p;
  }

  /** The ids of the goals and activities under a tile. */
  function ids(t) {
    const found = new Set();
    const visit = goal => {
      found.add(goal.id);
      goal.activities.forEach(a => found.add(a.id));
      goal.goals.forEach(visit);
    };
    t.goals.forEach(visit);
    return found;
  }

  function monthEnd(month, validAt) {
    const [y, m] = month.split('-').map(Number);
    const end = month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
    return end < validAt ? end : validAt;
  }

  /** The latest month each row was reported in (as the month grid counts it), up to validAt. */
  function reportedMonths(history, validAt) {
    const latest = new Map();
    for (const row of history.rows) {
      let previous = null;
      for (const cell of row.months) {
        const changed = row.kind === 'activity' ? previous && previous.status !== cell.status
          : cell.statedPrognosis && (!previous || previous.statedPrognosis !== cell.statedPrognosis);
        if ((cell.mark || cell.comments.length || changed) && cell.month <= validAt.substring(0, 7)) {
          latest.set(row.id, monthEnd(cell.month, validAt));
        }
        previous = cell;
      }
    }
    return latest;
  }

  async function fillFollowUps(container, plan, list, asOf) {
    let history;
    try {
      history = await L.get('/api/plans/' + encodeURIComponent(plan.id) + '/history',
        { year: plan.validAt.substring(0, 4), asOf });
    } catch (error) {
      return; // the dates from the plan answer stay
    }
    const months = reportedMonths(history, plan.validAt);
    const sections = container.querySelectorAll('section.wall-tile');
    list.forEach((t, i) => {
      let latest = t.latest;
      ids(t).forEach(id => {
        const date = months.get(id);
        if (date && date > latest) {
          latest = date;
        }
      });
      const p = sections[i] && sections[i].querySelector('.wall-followup');
      if (p && p.dataset.latest !== latest) {
        followUp(p, latest);
      }
    });
  }

  function render(plan, asOf) {
    if (!plan.goals.length) {
      return el('p', { class: 'panel' }, 'Planen har inga mål ännu.');
    }
    const list = tiles(plan);
    // the words for the lights once, so that a tile can show just the light and the count
    const key = el('p', { class: 'wall-key', 'aria-hidden': 'true' }, 'Mål per beräknad prognos: ',
      LIGHTS.map(light => el('span', null, L.light(light), ' ', L.PROGNOSIS[light])));
    const container = el('div', { class: 'wall-board' }, key, el('div', { class: 'wall-tiles' }, list.map(tile)));
    clearInterval(followUpTimer);
    fillFollowUps(container, plan, list, asOf);
    followUpTimer = setInterval(() => fillFollowUps(container, plan, list, asOf), FOLLOW_UP_MILLIS);
    return container;
  }

  return { render };
})();
