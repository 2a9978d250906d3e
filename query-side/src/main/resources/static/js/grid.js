/*
 * The plan's year as the table municipalities know: goals and their activities × January–
 * December, the month mark and the status (or prognosis) colour for each month that was
 * reported, comments on hover, on click and in the last column. A month where nothing was
 * reported stays blank; a thin line shows the state carried over to its end.
 */
'use strict';

(async () => {
  const L = Ledger;
  const el = L.el;
  document.getElementById('print-link').addEventListener('click', event => {
    event.preventDefault();
    window.print();
  });
  const { query, planId, asOf } = L.planPage('grid');
  if (!planId) {
    return;
  }
  const content = document.getElementById('content');
  const currentMonth = L.today().substring(0, 7);

  const started = performance.now();
  try {
    const plans = await L.get('/api/plans', { asOf });
    const plan = plans.find(p => p.id === planId);
    if (!plan) {
      throw new L.ApiError(404, 'planen ' + planId);
    }
    const firstYear = Number(String(plan.periodStart).substring(0, 4));
    const lastYear = Number(String(plan.periodEnd).substring(0, 4));
    const thisYear = Number(L.today().substring(0, 4));
    const opening = query.get('year') ? '' : await Reports.openingDate(planId, asOf, plans);
    const year = Number(query.get('year')) || (opening ? Number(opening.substring(0, 4))
      : Math.max(firstYear, Math.min(lastYear, thisYear)));
    const history = await L.get('/api/plans/' + encodeURIComponent(planId) + '/history', { year, asOf });

    document.title = plan.title + ' – Månadstabell ' + year + ' – Uppföljningsliggaren';
    document.getElementById('plan-title').textContent = plan.title + ' – uppföljning per månad ' + year;
    document.getElementById('plan-subtitle').textContent = plan.organisation + ' · ' + plan.periodStart + ' – '
      + plan.periodEnd;
    document.getElementById('status-line').textContent = asOf
      ? 'Som liggaren kände det ' + L.instant(history.asOf) : 'Enligt allt liggaren vet nu (' + L.instant(history.asOf) + ')';

    const yearSelect = document.getElementById('year');
    for (let y = firstYear; y <= lastYear; y++) {
      yearSelect.append(el('option', { value: y, selected: y === year }, y));
    }
    const commentMonth = chooseCommentMonth(history, query.get('comments'));
    const monthSelect = document.getElementById('comment-month');
    monthSelect.append(el('option', { value: '', selected: !commentMonth }, '(ingen kolumn)'));
    for (let m = 1; m <= 12; m++) {
      const value = year + '-' + String(m).padStart(2, '0');
      monthSelect.append(el('option', { value, selected: value === commentMonth }, L.MONTH_NAMES[m - 1]));
    }
    document.getElementById('toolbar').addEventListener('submit', event => {
      event.preventDefault();
      location.href = L.link('/grid.html', { id: planId, year: yearSelect.value, comments: monthSelect.value, asOf });
    });
    document.getElementById('report-title').textContent = 'Uppföljning – ' + plan.organisation + ', ' + plan.title
      + ' – månadsuppföljning ' + year + (asOf ? ', enligt liggaren ' + L.instant(history.asOf) : '')
      + ' · utskriven ' + L.instant(new Date().toISOString());

    // the report per the month whose comments the table shows: that month's last day
    L.mountDownloads(planId, { asOf, validAt: commentMonth ? monthEnd(commentMonth) : '' });
    const fetched = performance.now();
    const show = shown => {
      const grid = table(shown, commentMonth);
      L.replace(content, el('div', { class: 'grid-wrap' }, grid));
      A11y.gridKeys(grid, 'td.m');
      if (!asOf) {
        ReportHooks.grid(content, plan, { month: () => commentMonth, reload: async position => show(await L.get(
          '/api/plans/' + encodeURIComponent(planId) + '/history', { year, asOf, minPosition: position })) });
      }
    };
    show(history);
    content.dataset.fetchMillis = Math.round(fetched - started);
    content.dataset.renderMillis = Math.round(performance.now() - started);
  } catch (error) {
    L.replace(content, L.errorBox(error));
  }

  function monthEnd(yearMonth) {
    const [y, m] = yearMonth.split('-').map(Number);
    return yearMonth + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  /** The comment column shows the chosen month, else the latest month with comments. */
  function chooseCommentMonth(history, chosen) {
    if (chosen !== null) {
      return chosen;
    }
    let latest = '';
    for (const row of history.rows) {
      for (const cell of row.months) {
        if (cell.comments.length && cell.month > latest) {
          latest = cell.month;
        }
      }
    }
    return latest;
  }

  function table(history, commentMonth) {
    const head = el('tr', null, el('th', { class: 'title', scope: 'col' }, 'Mål och aktiviteter'),
      L.MONTHS.map((m, i) => el('th', { scope: 'col', title: L.MONTH_NAMES[i] }, m)),
      commentMonth ? el('th', { class: 'comments', scope: 'col' }, 'Kommentar ' + L.monthName(commentMonth)) : null);
    let area = null;
    const rows = history.rows.map(row => {
      const kindPath = row.kind === 'goal' ? 'goals' : 'activities';
      let previous = null;
      const cells = row.months.map(cell => {
        const td = monthCell(row, cell, previous);
        previous = cell;
        return td;
      });
      const commentCell = commentMonth ? el('td', { class: 'comments-cell' },
        (row.months.find(c => c.month === commentMonth) || { comments: [] }).comments.map(c => el('p', null, c))) : null;
      const tr = el('tr', { class: row.kind + '-row', 'data-id': row.id, 'data-kind': row.kind },
        el('th', { class: 'row-title', scope: 'row' },
          el('a', { href: L.link('/entity.html', { kind: kindPath, id: row.id, plan: planId }) }, row.title)),
        cells, commentCell);
      // a målområde heads its goals, as in the plan document
      const newArea = row.kind === 'goal' && !row.goalId && row.area && row.area !== area;
      area = row.area || null;
      return newArea ? [el('tr', { class: 'area-row', 'data-area': row.area },
        el('th', { scope: 'rowgroup', colspan: 13 + (commentMonth ? 1 : 0) }, 'Målområde: ' + row.area)), tr] : tr;
    });
    return el('table', { class: 'month-grid', role: 'grid', 'aria-labelledby': 'plan-title',
      'aria-describedby': 'grid-keys' },
      el('colgroup', null, el('col', { class: 'title' }), L.MONTHS.map(() => el('col', { class: 'month' })),
        commentMonth ? el('col', { class: 'comments' }) : null),
      el('thead', null, head),
      el('tbody', null, rows));
  }

  /**
   * The state at month end: an activity's status; a goal's stated prognosis (the manager's
   * judgement that month; the computed one is in the tooltip).
   */
  function state(row, cell) {
    if (!cell) {
      return null;
    }
    if (row.kind === 'activity') {
      return cell.status ? { cls: 's-' + cell.status, text: 'Status: ' + (cell.statusLabel || cell.status) } : null;
    }
    return cell.statedPrognosis ? { cls: 'p-' + cell.statedPrognosis, text: 'Angiven prognos: ' + L.PROGNOSIS[cell.statedPrognosis] } : null;
  }

  /**
   * A month counts as reported when it has a mark or a comment, or when the status (the stated
   * prognosis for a goal) changed during it.
   */
  function monthCell(row, cell, previous) {
    const now = state(row, cell);
    const future = cell.month > currentMonth;
    const changedStatus = row.kind === 'activity'
      ? cell.status && (previous ? previous.status !== cell.status : cell.status !== 'NOT_STARTED')
      : cell.statedPrognosis && (!previous || previous.statedPrognosis !== cell.statedPrognosis);
    const reported = Boolean(cell.mark || cell.comments.length || changedStatus);
    const mark = cell.mark ? L.MARK[cell.mark] : null;
    const title = [L.monthName(cell.month)];
    if (mark) {
      title.push(mark.symbol + ' ' + mark.label);
    }
    if (now) {
      title.push(now.text);
    }
    if (row.kind === 'goal' && cell.prognosis) {
      title.push('Beräknad prognos: ' + L.PROGNOSIS[cell.prognosis]);
    }
    if (!reported) {
      title.push(future ? 'Inget rapporterat ännu' : 'Inget rapporterat denna månad');
    }
    cell.comments.forEach(c => title.push('Kommentar: ' + c));
    const classes = ['m', 'month-' + cell.month.substring(5)];
    if (!reported) {
      classes.push(future ? 'future' : 'blank');
    } else if (now) {
      classes.push(now.cls);
    }
    if (cell.comments.length) {
      classes.push('has-comments');
    }
    const td = el('td', {
      class: classes.join(' '), title: title.join('\n'), 'aria-label': title.join('. '), 'data-month': cell.month,
      'data-status': cell.status || '', 'data-mark': cell.mark || '', 'data-reported': reported ? 'true' : 'false'
    },
    mark ? el('span', { class: 'mark-' + cell.mark, 'aria-hidden': 'true' }, mark.symbol) : null,
    !reported && now ? el('span', { class: 'carried ' + now.cls, 'aria-hidden': 'true' }) : null);
    if (cell.comments.length || reported) {
      td.addEventListener('click', event => popup(event, row, cell, title));
    }
    return td;
  }

  function popup(event, row, cell, lines) {
    document.querySelectorAll('.cell-popup').forEach(p => p.remove());
    const opener = event.currentTarget;
    const box = el('div', { class: 'cell-popup', role: 'dialog', 'aria-label': row.title + ', ' + lines[0] },
      el('button', { class: 'close', type: 'button', 'aria-label': 'Stäng', onclick: () => {
        box.remove();
        opener.focus();
      } }, '×'),
      el('h4', null, row.title),
      lines.filter(l => !l.startsWith('Kommentar: ')).map(l => el('p', null, l)),
      cell.comments.length ? el('div', null, el('strong', null, 'Kommentarer'),
        cell.comments.map(c => el('p', null, c))) : null);
    document.body.append(box);
    // opened by the keyboard (no pointer position): beside the cell, with the focus on its close button
    const keyboard = event.detail === 0;
    const rect = opener.getBoundingClientRect();
    const x = Math.min((keyboard ? rect.left : event.clientX) + 8, window.innerWidth - box.offsetWidth - 8);
    const y = Math.min((keyboard ? rect.bottom : event.clientY) + 8, window.innerHeight - box.offsetHeight - 8);
    box.style.left = Math.max(8, x) + 'px';
    box.style.top = Math.max(8, y) + 'px';
    if (keyboard) {
      box.querySelector('.close').focus();
    }
  }

  document.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      const inPopup = document.activeElement && document.activeElement.closest('.cell-popup');
      document.querySelectorAll('.cell-popup').forEach(p => p.remove());
      const cell = inPopup && document.querySelector('table.month-grid td.m[tabindex="0"]');
      if (cell) {
        cell.focus();
      }
    }
  });
})();
