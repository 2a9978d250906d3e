/*
 * Accessibility helpers for the pages: a chart's numbers as a table (its text alternative for
 * those who cannot see the lines) and keyboard navigation in a grid of cells (one tab stop, the
 * arrow keys move: the WAI-ARIA grid pattern with a roving tabindex).
 */
'use strict';

const A11y = (() => {
  const L = Ledger;
  const el = L.el;

  /** The baseline, every measurement and the target of an indicator chart, in a collapsible table. */
  function chartTable(indicator, measurements, key) {
    const unit = indicator.unit || '';
    const rows = [];
    const baseline = indicator.baseline;
    if (baseline && baseline.value !== undefined && baseline.value !== null) {
      rows.push([baseline.date || '', 'Ingångsvärde', L.withUnit(baseline.value, unit)]);
    }
    for (const m of measurements || []) {
      rows.push([m.date, m.noNewData ? 'Inga nya data' : 'Utfall' + (m.comment ? ' – ' + m.comment : ''),
        m.noNewData || m.value === null ? '–' : L.withUnit(m.value, unit)]);
    }
    const target = indicator.target || {};
    if (target.value !== undefined && target.value !== null) {
      rows.push([target.date || '', 'Mål', L.withUnit(target.value, unit)]);
    } else if (target.direction || target.text) {
      rows.push(['', 'Önskat läge', L.targetText(target, unit)]);
    }
    return el('details', { class: 'chart-table', 'data-key': key || null },
      el('summary', null, 'Diagrammets värden som tabell'),
      el('table', null,
        el('caption', { class: 'visually-hidden' }, (indicator.name || 'Nyckeltal') + ': värdena i diagrammet'),
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Datum'), el('th', { scope: 'col' }, 'Slag'),
          el('th', { scope: 'col' }, 'Värde'))),
        el('tbody', null, rows.length ? rows.map(([date, what, value]) => el('tr', null,
          el('td', null, date), el('td', null, what), el('td', { class: 'number' }, value)))
          : el('tr', null, el('td', { colspan: 3 }, 'Inga värden')))));
  }

  const MOVES = {
    ArrowRight: (rows, r, c) => [r, c + 1],
    ArrowLeft: (rows, r, c) => [r, c - 1],
    ArrowDown: (rows, r, c) => [r + 1, c],
    ArrowUp: (rows, r, c) => [r - 1, c],
    Home: (rows, r, c, ctrl) => [ctrl ? 0 : r, 0],
    End: (rows, r, c, ctrl) => [ctrl ? rows.length - 1 : r, rows[ctrl ? rows.length - 1 : r].length - 1],
    PageDown: (rows, r, c) => [Math.min(rows.length - 1, r + 10), c],
    PageUp: (rows, r, c) => [Math.max(0, r - 10), c]
  };

  /**
   * Makes the cells (selector) of a table one tab stop: the cell last focused keeps tabindex 0,
   * the arrow keys, Home/End and PageUp/PageDown move, Enter and Space activate (click) a cell.
   */
  function gridKeys(table, selector) {
    const rows = () => [...table.querySelectorAll('tr')]
      .map(tr => [...tr.querySelectorAll(selector)]).filter(cells => cells.length);
    const all = [...table.querySelectorAll(selector)];
    all.forEach((cell, i) => { cell.tabIndex = i === 0 ? 0 : -1; });
    table.addEventListener('focusin', event => {
      const cell = event.target.closest(selector);
      if (cell && cell.tabIndex !== 0) {
        table.querySelectorAll(selector + '[tabindex="0"]').forEach(c => { c.tabIndex = -1; });
        cell.tabIndex = 0;
      }
    });
    table.addEventListener('keydown', event => {
      const cell = event.target.closest(selector);
      if (!cell || event.altKey || event.metaKey) {
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        cell.click();
        return;
      }
      const move = MOVES[event.key];
      if (!move) {
        return;
      }
      event.preventDefault();
      const grid = rows();
      const r = grid.findIndex(row => row.includes(cell));
      const [nr, nc] = move(grid, r, grid[r].indexOf(cell), event.ctrlKey);
      const row = grid[Math.max(0, Math.min(grid.length - 1, nr))];
      const next = row[Math.max(0, Math.min(row.length - 1, nc))];
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
  }

  /**
   * On a phone a table's rows become cards with their headers out of sight: each cell carries its
   * column's name (data-label) for the style sheet to show before it.
   */
  function labelCells(root) {
    root.querySelectorAll('table.items, table.trail, table.list').forEach(table => {
      const heads = [...table.querySelectorAll(':scope > thead th')].map(th => th.textContent.trim());
      table.querySelectorAll(':scope > tbody > tr').forEach(tr => [...tr.children].forEach((cell, i) => {
        if (heads[i] && !cell.hasAttribute('colspan') && !cell.dataset.label) {
          cell.dataset.label = heads[i];
        }
      }));
    });
  }

  let live = null;

  /**
   * Says a change to screen readers, politely: the live pages' status line changes with every
   * poll, so it is not itself a live region; only a change of what the page shows is said.
   */
  function announce(text) {
    if (!live) {
      live = el('div', { class: 'visually-hidden', 'aria-live': 'polite', id: 'announcement' });
      document.body.append(live);
    }
    live.textContent = text;
  }

  // the pages render their tables after load and again when the ledger changes
  labelCells(document);
  new MutationObserver(() => labelCells(document)).observe(document.body, { childList: true, subtree: true });

  return { chartTable, gridKeys, labelCells, announce };
})();
