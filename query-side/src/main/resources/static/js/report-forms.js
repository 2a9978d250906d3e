/*
 * The manager's reporting where the state is shown: a "Rapportera" button per activity, goal and
 * indicator opens a dialog for a status, a comment, a month mark, a prognosis, a measurement, or a
 * correction of an earlier entry. Each form posts to the write API and hands the answer's position
 * to the page, which reads again with minPosition and shows the new state.
 */
'use strict';

const ReportForms = (() => {
  const L = Ledger;
  const el = L.el;
  const F = Forms;
  const PATH = { activity: 'activities', goal: 'goals', indicator: 'indicators' };
  const KIND_WORD = { activity: 'aktiviteten', goal: 'målet', indicator: 'nyckeltalet' };
  const CORRECT = ['correct', 'Rätta en tidigare uppgift'];
  /** Which form a stored event is corrected through. */
  const ACTION_OF = { ActivityStatusChanged: 'status', CommentAdded: 'comment', MonthReported: 'mark',
    PrognosisStated: 'prognosis', MeasurementRecorded: 'measurement' };

  function actions(kind, entity) {
    if (kind === 'activity') {
      return [['status', 'Status'], ['comment', 'Kommentar'], ['mark', 'Månadsmarkering'], CORRECT];
    }
    if (kind === 'goal') {
      return [entity.direction ? null : ['prognosis', 'Prognos med motivering'], ['comment', 'Uppföljningstext'],
        ['mark', 'Månadsmarkering'], CORRECT].filter(Boolean);
    }
    return [['measurement', 'Utfall, inga nya data eller bedömning'], ['comment', 'Kommentar'], CORRECT];
  }

  const options = (codes, words) => codes.map(code => [code, words[code] && words[code].label
    ? words[code].symbol + ' ' + words[code].label : words[code] || code]);

  /** The controls of one kind of entry, filled with an earlier entry's values when correcting it. */
  function fields(action, ctx, was) {
    const data = was || {};
    const date = F.dateField('effectiveDate', 'Gäller per (effektivt datum)', data.effectiveDate || ctx.date(),
      'ÅÅÅÅ-MM-DD; förvalt: sista dagen i uppföljningsmånaden');
    switch (action) {
      case 'status':
        return [F.field({ name: 'status', label: 'Status', type: 'select', required: true, value: data.status,
          options: [['', '– välj status –'], ...options(L.STATUS_ORDER, L.STATUS)] }),
        F.field({ name: 'explanation', label: 'Förklaring', type: 'textarea', value: data.explanation,
          hint: 'Krävs vid avvikelse: vad avviker, varför, och vad görs?' }), date];
      case 'comment':
        return [F.field({ name: 'text', label: ctx.kind === 'goal' ? 'Uppföljningstext' : 'Kommentar', type: 'textarea',
          rows: 5, required: true, value: data.text }), date];
      case 'mark':
        return [F.field({ name: 'month', label: 'Månad', value: data.month || ctx.date().substring(0, 7),
          hint: 'ÅÅÅÅ-MM', placeholder: 'ÅÅÅÅ-MM', inputmode: 'numeric', required: true }),
        F.field({ name: 'mark', label: 'Markering', type: 'select', required: true, value: data.mark,
          options: [['', '– välj markering –'], ...options(Object.keys(L.MARK), L.MARK)] })];
      case 'prognosis':
        return [F.field({ name: 'prognosis', label: 'Prognos', type: 'select', required: true, value: data.prognosis,
          options: [['', '– välj prognos –'], ...options(L.PROGNOSIS_ORDER, L.PROGNOSIS)] }),
        F.field({ name: 'motivation', label: 'Motivering', type: 'textarea', required: true, value: data.motivation }), date];
      default:
        return measurementFields(data, date);
    }
  }

  function measurementFields(data, date) {
    const what = data.judgement ? 'assessment' : data.noNewData ? 'noNewData' : 'value';
    return [F.field({ name: 'what', label: 'Vad rapporteras?', type: 'select', value: what, api: ['noNewData'],
      options: [['value', 'Ett värde'], ['noNewData', 'Inga nya data'], ['assessment', 'En bedömning (kvalitativ)']] }),
    F.field({ name: 'value', label: 'Värde', inputmode: 'decimal', value: data.value,
      hint: 'I nyckeltalets enhet; decimalkomma går bra' }),
    F.field({ name: 'assessment', label: 'Bedömning', type: 'select', value: data.judgement,
      options: [['', '– ingen bedömning –'], ...options(Object.keys(L.ASSESSMENT), L.ASSESSMENT)] }),
    F.field({ name: 'comment', label: 'Kommentar eller bedömningens text', type: 'textarea', api: ['comment', 'text'],
      value: data.comment }), date];
  }

  /** The request an action makes: its path and its JSON body. */
  function request(action, kind, id, form) {
    const v = name => F.value(form, name);
    const base = '/api/' + PATH[kind] + '/' + encodeURIComponent(id);
    switch (action) {
      case 'status':
        return [base + '/status', { status: v('status'), explanation: v('explanation'), effectiveDate: v('effectiveDate') }];
      case 'comment':
        return [base + '/comments', { text: v('text'), effectiveDate: v('effectiveDate') }];
      case 'mark':
        return [base + '/month-reports', { month: v('month'), mark: v('mark') }];
      case 'prognosis':
        return [base + '/prognoses', { prognosis: v('prognosis'), motivation: v('motivation'), effectiveDate: v('effectiveDate') }];
      default: {
        const what = v('what');
        const judged = what === 'assessment';
        return [base + '/measurements', {
          value: what === 'value' ? F.number(v('value')) : undefined, noNewData: what === 'noNewData' ? true : undefined,
          assessment: judged ? v('assessment') : undefined, text: judged ? v('comment') : undefined,
          comment: judged ? undefined : v('comment'), effectiveDate: v('effectiveDate')
        }];
      }
    }
  }

  function entryForm(action, ctx, was, correcting) {
    const extra = correcting ? [F.field({ name: 'reason', label: 'Skäl till rättelsen', type: 'textarea', required: true,
      hint: 'Vad var fel i den tidigare uppgiften?' })] : [];
    const node = F.form({
      fields: [...fields(action, ctx, was), ...extra],
      submit: correcting ? 'Spara rättelsen' : 'Spara',
      send: form => {
        const [path, body] = request(action, ctx.kind, ctx.id, form);
        if (correcting) {
          Object.assign(body, { corrects: correcting, reason: F.value(form, 'reason') });
        }
        return F.post(path, F.compact(body));
      },
      done: answer => ctx.saved(answer)
    });
    if (action === 'measurement') {
      F.switcher(node, 'what', { value: ['value', 'comment'], noNewData: ['comment'], assessment: ['assessment', 'comment'] });
    }
    return node;
  }

  /** Earlier entries that a correction may supersede: the uncorrected ones of the kinds above, newest first. */
  async function correctionForm(ctx, holder) {
    const events = await L.get('/api/' + PATH[ctx.kind] + '/' + encodeURIComponent(ctx.id) + '/events');
    const open = events.filter(e => ACTION_OF[e.type] && !e.correctedBy).reverse();
    if (!open.length) {
      return el('p', { class: 'muted' }, 'Det finns inga uppgifter att rätta för ' + KIND_WORD[ctx.kind] + '.');
    }
    const entryHolder = el('div', { class: 'correction-entry' });
    const choose = F.field({ name: 'event', label: 'Uppgift att rätta', type: 'select',
      options: open.map(e => [e.eventId, entryText(e)]) });
    const select = choose.querySelector('select');
    const show = () => {
      const e = open.find(x => x.eventId === select.value);
      L.replace(entryHolder, entryForm(ACTION_OF[e.type], ctx, e.data, e.eventId));
    };
    select.addEventListener('change', show);
    show();
    holder.dataset.loaded = 'true';
    return [choose, entryHolder];
  }

  function entryText(e) {
    const d = e.data || {};
    const what = d.status ? L.STATUS[d.status] + (d.explanation ? ': ' + d.explanation : '')
      : d.mark ? d.month + ' ' + L.MARK[d.mark].symbol + ' ' + L.MARK[d.mark].label
        : d.prognosis ? L.PROGNOSIS[d.prognosis] + ': ' + d.motivation
          : e.type === 'MeasurementRecorded' ? (d.noNewData ? 'Inga nya data' : d.judgement ? L.ASSESSMENT[d.judgement]
            : L.number(d.value)) + (d.comment ? ': ' + d.comment : '')
            : d.text;
    const short = String(what || '').length > 80 ? String(what).substring(0, 79) + '…' : what;
    return (e.effectiveDate || d.effectiveDate || '') + ' · ' + short + (e.actor ? ' (' + e.actor + ')' : '');
  }

  /** The dialog for one entity; ctx: {date(), reload(position)}. */
  function open(kind, entity, page) {
    const ctx = { kind, id: entity.id, date: page.date };
    const list = actions(kind, entity);
    const chooser = F.field({ name: 'action', label: 'Vad vill du rapportera?', type: 'select', options: list });
    const holder = el('div', { class: 'action-form' });
    const select = chooser.querySelector('select');
    const key = kind + ':' + entity.id;
    const dialog = F.dialog('Rapportera för ' + KIND_WORD[kind] + ' ' + (entity.title || entity.name || entity.id),
      [chooser, holder], key);
    ctx.saved = async answer => {
      const what = list.find(([code]) => code === select.value)[1];
      F.announce('Sparat: ' + what.toLowerCase() + ' för ' + KIND_WORD[kind] + ' ' + (entity.title || entity.name || entity.id) + '.');
      ReportHooks.focusAfterRender(key);
      dialog.close();
      await page.reload(answer.position);
    };
    const show = async () => {
      if (select.value === 'correct') {
        L.replace(holder, el('p', { class: 'loading' }, 'Hämtar tidigare uppgifter …'));
        try {
          L.replace(holder, await correctionForm(ctx, holder));
        } catch (error) {
          L.replace(holder, L.errorBox(error));
        }
      } else {
        L.replace(holder, entryForm(select.value, ctx, null, null));
      }
    };
    select.addEventListener('change', show);
    show();
    select.focus();
    return dialog;
  }

  function button(kind, entity, page) {
    const label = 'Rapportera för ' + KIND_WORD[kind] + ' ' + (entity.title || entity.name || entity.id);
    return el('button', { type: 'button', class: 'secondary report-button no-print', 'data-form-key': kind + ':' + entity.id,
      'data-report-kind': kind, 'aria-label': label, title: label, onclick: () => open(kind, entity, page) }, 'Rapportera');
  }

  return { open, button };
})();
