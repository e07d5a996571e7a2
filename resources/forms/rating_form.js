// The rating form's script (PRODUCT.md §11): keeps the member's work in this browser as they go,
// shows how many items are rated and saves the answers file of §4. The page is complete without
// it (it reads and prints); no framework, no network: the page's policy forbids both.
'use strict';
(() => {
  const form = document.getElementById('form');
  const info = form.dataset;
  const items = Array.from(form.querySelectorAll('fieldset[data-item]'));
  const bar = document.getElementById('bar');
  const progress = document.getElementById('progress');
  const meter = document.getElementById('meter');
  const status = document.getElementById('status');
  // One key per checklist, version, organisation, review and rater: forms opened side by side in
  // one browser (all file:// pages share one storage) never mix.
  const key = 'ccg-rating-form:' + JSON.stringify(
    [info.checklist, info.checklistVersion, info.organisation, info.review, info.rater]);

  const levelOf = (fieldset) => {
    const checked = fieldset.querySelector('input[type=radio]:checked');
    return checked ? checked.value : '';
  };
  const textOf = (fieldset, kind) => fieldset.querySelector('textarea.' + kind).value;

  const snapshot = () => {
    const answers = {};
    for (const fieldset of items) {
      const answer = { level: levelOf(fieldset), note: textOf(fieldset, 'note'), evidence: textOf(fieldset, 'evidence') };
      if (answer.level || answer.note || answer.evidence)
        answers[fieldset.dataset.item] = answer;
    }
    return { format: 1, kept: new Date().toISOString(), answers };
  };

  const apply = (kept) => {
    for (const fieldset of items) {
      const answer = kept.answers[fieldset.dataset.item] || { level: '', note: '', evidence: '' };
      for (const radio of fieldset.querySelectorAll('input[type=radio]'))
        radio.checked = radio.value === answer.level;
      fieldset.querySelector('textarea.note').value = answer.note || '';
      fieldset.querySelector('textarea.evidence').value = answer.evidence || '';
    }
  };

  const say = (text) => { status.textContent = text; };

  let keeps = true;
  const keep = () => {
    try {
      localStorage.setItem(key, JSON.stringify(snapshot()));
    } catch (error) {
      if (keeps)
        say('This browser is not keeping your work (' + error.name + '). Save your answers before you close the page.');
      keeps = false;
    }
  };

  const restore = (stored) => {
    try {
      const kept = JSON.parse(stored);
      if (kept && kept.format === 1 && kept.answers) {
        apply(kept);
        return kept;
      }
    } catch (error) {
      // Unreadable kept work is left as it is; the form shows what it was written with.
    }
    return null;
  };

  const refresh = () => {
    let rated = 0;
    for (const fieldset of items) {
      const level = levelOf(fieldset);
      if (level)
        ++rated;
      const unsaved = !level && (textOf(fieldset, 'note') !== '' || textOf(fieldset, 'evidence') !== '');
      fieldset.querySelector('.warn').hidden = !unsaved;
      fieldset.classList.toggle('rated', level !== '');
    }
    progress.textContent = rated + ' of ' + items.length + ' rated';
    meter.value = rated;
    return rated;
  };

  // XML 1.0 cannot carry control characters other than tab, line feed and carriage return, lone
  // surrogates or U+FFFE/U+FFFF; everything else, emoji included, is kept.
  const allowed = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
  const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
                    '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };
  const xmlText = (value) => String(value).replace(allowed, '').replace(/[&<>"'\r]/g, (c) => escapes[c]);
  const attr = (name, value) =>
    ' ' + name + '="' + String(value).replace(allowed, '').replace(/[&<>"'\r\n\t]/g, (c) => escapes[c]) + '"';

  const answersXml = () => {
    let xml = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<assessment' + attr('checklist', info.checklist) + attr('checklist-version', info.checklistVersion) + '>\n' +
      '  <organisation' + attr('code', info.organisation) + attr('name', info.organisationName) + '/>\n' +
      '  <review' + attr('id', info.review) + attr('title', info.reviewTitle) +
      (info.reviewDate ? attr('date', info.reviewDate) : '') + '/>\n' +
      '  <rater' + attr('id', info.rater) + attr('name', info.raterName) + attr('role', info.raterRole) + '/>\n';
    for (const fieldset of items) {
      const level = levelOf(fieldset);
      if (!level)
        continue;  // the file cannot hold a note without a rating
      const note = textOf(fieldset, 'note');
      const evidence = textOf(fieldset, 'evidence');
      xml += '  <answer' + attr('item', fieldset.dataset.item) + attr('rater', info.rater) +
        (level === 'na' ? attr('na', 'true') : attr('level', level));
      if (!note && !evidence) {
        xml += '/>\n';
        continue;
      }
      xml += '>' + (note ? '<note>' + xmlText(note) + '</note>' : '') +
        (evidence ? '<evidence>' + xmlText(evidence) + '</evidence>' : '') + '</answer>\n';
    }
    return xml + '</assessment>\n';
  };

  const save = () => {
    keep();
    const rated = refresh();
    const unsaved = items.filter((fieldset) => !fieldset.querySelector('.warn').hidden).length;
    // A Blob URL downloads without any request, which the page's policy would refuse.
    const url = URL.createObjectURL(new Blob([answersXml()], { type: 'application/xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = info.file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    say('Saved ' + rated + ' rated item' + (rated === 1 ? '' : 's') + ' as ' + info.file +
        ': send that file to whoever leads the review.' +
        (unsaved ? ' ' + unsaved + ' item' + (unsaved === 1 ? ' has' : 's have') +
         ' a note or evidence but no rating, and ' + (unsaved === 1 ? 'is' : 'are') + ' not in the file.' : ''));
  };

  const changed = () => {
    keep();
    refresh();
  };

  let kept = null;
  try {
    const stored = localStorage.getItem(key);
    if (stored !== null)
      kept = restore(stored);
  } catch (error) {
    keeps = false;
    say('This browser is not keeping your work (' + error.name + '). Save your answers before you close the page.');
  }
  if (kept && kept.kept)
    say('Your work kept in this browser on ' + new Date(kept.kept).toLocaleString() + ' is back in the form.');

  form.addEventListener('change', changed);
  form.addEventListener('input', changed);
  form.addEventListener('click', (event) => {
    const button = event.target.closest('button.clear');
    if (!button)
      return;
    for (const radio of button.closest('fieldset[data-item]').querySelectorAll('input[type=radio]'))
      radio.checked = false;
    changed();
  });
  document.getElementById('save').addEventListener('click', save);
  // Another tab with the same form: take its work rather than overwrite it with ours.
  window.addEventListener('storage', (event) => {
    if (event.key === key && event.newValue !== null && restore(event.newValue))
      refresh();
  });
  bar.hidden = false;
  for (const button of form.querySelectorAll('button.clear'))
    button.hidden = false;
  refresh();
})();
