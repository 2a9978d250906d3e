/* A way to the planning page for those who may plan: on the start page and the overview. */
'use strict';

(async () => {
  if (Ledger.params().get('compact') === '1' || !(await Forms.mayPlan())) {
    return;
  }
  const planId = Ledger.params().get('id') || '';
  const link = Ledger.el('a', { href: Ledger.link('/admin.html', { id: planId }), class: 'admin-link no-print' },
    planId ? 'Planera planen (admin)' : 'Ny plan eller import (admin)');
  const toolbar = document.getElementById('toolbar');
  if (toolbar) {
    toolbar.append(link);
  } else {
    document.querySelector('.page-head').append(Ledger.el('p', null, link));
  }
})();
