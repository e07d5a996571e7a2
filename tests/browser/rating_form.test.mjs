// The rating form in a real browser (PRODUCT.md §11): Debian's chromium, headless, driven by
// playwright-core. A member rates by keyboard alone, reloads, saves; the saved file must validate
// and hold what was typed, the page must make no request and pass axe-core's accessibility rules,
// and hostile checklist text stays text.
//   node rating_form.test.mjs CCG_SELFASSESS SOURCE_DIR
// Exit 0 passed, 1 failed, 77 skipped (node, chromium or playwright-core missing; never under CI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [executable, sourceDir] = process.argv.slice(2);
const chromiumPath = process.env.CCG_CHROMIUM || '/usr/bin/chromium';

function skip(why) {
  // CI installs everything this test needs: there a missing piece is a failure, not a skip.
  const underCi = process.env.CI === 'true';
  console.log(`rating form browser test: ${underCi ? 'failed, CI must run it' : 'skipped'}: ${why}`);
  process.exit(underCi ? 1 : 77);
}

if (!executable || !sourceDir) {
  console.error('usage: node rating_form.test.mjs CCG_SELFASSESS SOURCE_DIR');
  process.exit(2);
}
try {
  fs.accessSync(chromiumPath, fs.constants.X_OK);
} catch {
  skip(`${chromiumPath} is not installed (apt-get install chromium)`);
}
let chromium;
let axeSource;
try {
  ({ chromium } = await import('playwright-core'));
  axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  skip('playwright-core or axe-core is not installed (run npm ci in tests/browser)');
}

let passed = 0;
let failed = 0;
function check(condition, what, detail) {
  if (condition) {
    ++passed;
    console.log(`ok - ${what}`);
  } else {
    ++failed;
    console.log(`not ok - ${what}${detail === undefined ? '' : ': ' + JSON.stringify(detail)}`);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ccg-browser-'));
const shipped = path.join(sourceDir, 'checklists/ccg-commissioning-2013.xml');

function ccg(...args) {
  const result = spawnSync(executable, args, { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/// Imports `answers` against `checklist` into a new database and writes the forms of `rater`;
/// returns the path of the one form written.
function writeForm(name, checklist, answers, rater) {
  const db = path.join(work, `${name}.sqlite`);
  const imported = ccg('import', '--db', db, '--checklist', checklist, '--answers', answers);
  if (imported.code !== 0)
    throw new Error(`import failed: ${imported.err}`);
  const folder = path.join(work, name);
  const review = /\((\S+)\)/.exec(imported.out)[1];
  const forms = ccg('forms', '--db', db, '--review', review, '-o', folder, '--rater', rater);
  if (forms.code !== 0)
    throw new Error(`forms failed: ${forms.err}`);
  return /^wrote (.*?\.html) for /.exec(forms.out)[1];
}

const userDataDir = fs.mkdtempSync(path.join(work, 'profile-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  acceptDownloads: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

// Every request of every page, and every message the pages log (a refused resource logs one).
const requests = [];
const messages = [];
context.on('request', (request) => requests.push(request.url()));
function watch(page) {
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return page;
}

/// What a saved answers file holds, read by the browser's own XML parser.
async function readAnswers(page, xml) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length)
      return { error: doc.getElementsByTagName('parsererror')[0].textContent };
    const attributes = (element) => Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
    const one = (name) => Array.from(doc.documentElement.children).filter((e) => e.localName === name).map(attributes);
    const answers = {};
    for (const answer of doc.getElementsByTagName('answer')) {
      const child = (name) => answer.getElementsByTagName(name)[0]?.textContent ?? '';
      answers[`${answer.getAttribute('item')}|${answer.getAttribute('rater')}`] = {
        level: answer.getAttribute('na') === 'true' ? 'na' : answer.getAttribute('level'),
        note: child('note'),
        evidence: child('evidence'),
      };
    }
    return { root: attributes(doc.documentElement), organisation: one('organisation'), review: one('review'),
             raters: one('rater'), answers };
  }, xml);
}

async function focusedItem(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const fieldset = element && element.closest('fieldset[data-item]');
    return { item: fieldset ? fieldset.dataset.item : null, tag: element.tagName, type: element.type,
             kind: element.className, value: element.value };
  });
}

/// Presses Tab until the focus is on `want` (a radio, "clear", "note" or "evidence") of `item`.
async function tabTo(page, item, want) {
  for (let presses = 0; presses < 600; ++presses) {
    const at = await focusedItem(page);
    if (at.item === item && (want === 'radio' ? at.type === 'radio' : at.kind.split(' ').includes(want)))
      return at;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${want} of ${item}`);
}

async function formState(page, item) {
  return page.evaluate((id) => {
    const fieldset = document.querySelector(`fieldset[data-item="${id}"]`);
    const checked = fieldset.querySelector('input[type=radio]:checked');
    return { level: checked ? checked.value : '', note: fieldset.querySelector('textarea.note').value,
             evidence: fieldset.querySelector('textarea.evidence').value,
             warned: !fieldset.querySelector('.warn').hidden };
  }, item);
}

const started = Date.now();
try {
  // --- A member of the demo review rates by keyboard, reloads, comes back and saves.
  const demo = path.join(sourceDir, 'resources/demo/northmoor-2014.xml');
  const formPath = writeForm('demo', shipped, demo, 'chair');
  const formUrl = pathToFileURL(formPath).href;
  check(path.basename(formPath) === '99X-2014-q1-rating-form-chair.html', 'the form has a portable name',
        path.basename(formPath));
  const page = watch(await context.newPage());
  await page.goto(formUrl);
  check(await page.locator('#bar').isVisible(), 'the script runs under the page\'s own policy');
  const unrated = await page.evaluate(() =>
    Array.from(document.querySelectorAll('fieldset[data-item]')).filter((f) => !f.querySelector(':checked'))
      .map((f) => f.dataset.item));
  check(unrated.length === 1, 'the chair\'s stored answers prefill all but one item', unrated);
  check(await page.locator('#progress').textContent() === '64 of 65 rated', 'progress counts the rated items',
        await page.locator('#progress').textContent());

  const note = 'Seen at <script>alert(1)</script> & "the board" \u{1F3E5}\u{1F469}\u200D\u2695\uFE0F done';
  const evidence = 'Minutes 12/03, item 4 <b>bold</b> \u2014 O\'Brien';
  await page.keyboard.press('Tab');
  await tabTo(page, 'org-01', 'radio');          // the stored level, 3, has the focus
  const focus = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  check(focus.style !== 'none' && focus.width >= 2, 'the focused level shows a clear outline', focus);
  await page.keyboard.press('ArrowRight');        // 4
  await tabTo(page, 'org-01', 'note');
  await page.keyboard.press('Control+A');         // in place of the stored note
  await page.keyboard.type(note);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(evidence);
  await tabTo(page, 'org-02', 'radio');          // stored 2
  await page.keyboard.press('ArrowLeft');         // 1
  await tabTo(page, 'org-03', 'radio');          // stored 2
  for (let i = 0; i < 3; ++i)
    await page.keyboard.press('ArrowLeft');       // 1, 0, then round to N/A
  await tabTo(page, 'org-04', 'clear');
  await page.keyboard.press('Space');             // no rating any more
  await tabTo(page, 'org-04', 'note');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('A draft thought only');
  await tabTo(page, unrated[0], 'radio');        // no level chosen: the focus is on 0
  await page.keyboard.press('Space');             // 0
  await page.keyboard.press('ArrowDown');         // 1
  await page.keyboard.press('ArrowDown');         // 2

  const expected = {
    'org-01': { level: '4', note, evidence, warned: false },
    'org-02': { level: '1', warned: false },
    'org-03': { level: 'na', warned: false },
    'org-04': { level: '', note: 'A draft thought only', warned: true },
    [unrated[0]]: { level: '2', warned: false },
  };
  const matches = async (p, when) => {
    for (const [item, want] of Object.entries(expected)) {
      const state = await formState(p, item);
      const same = Object.entries(want).every(([field, value]) => state[field] === value);
      check(same, `${when}: ${item} is ${JSON.stringify(want.level)}`, state);
    }
  };
  await matches(page, 'rated by keyboard');
  check(await page.locator('#progress').textContent() === '64 of 65 rated', 'progress follows the ratings',
        await page.locator('#progress').textContent());

  await page.reload();
  await matches(page, 'after a reload');
  await page.close();
  const again = watch(await context.newPage());
  await again.goto(formUrl);
  await matches(again, 'after closing the page and opening the form again');
  check((await again.locator('#status').textContent()).includes('is back in the form'),
        'the member is told the kept work is back', await again.locator('#status').textContent());

  const [download] = await Promise.all([again.waitForEvent('download'), again.click('#save')]);
  const savedPath = path.join(work, 'saved.xml');
  await download.saveAs(savedPath);
  check(download.suggestedFilename() === '99X-2014-q1-answers-chair.xml', 'the answers file has a portable name',
        download.suggestedFilename());
  check((await again.locator('#status').textContent()).includes('1 item has a note or evidence but no rating'),
        'saving says which work the file cannot hold', await again.locator('#status').textContent());
  const validated = ccg('validate', '--checklist', shipped, savedPath);
  check(validated.code === 0, 'the saved file validates against the checklist', validated.out + validated.err);

  const saved = await readAnswers(again, fs.readFileSync(savedPath, 'utf8'));
  const original = await readAnswers(again, fs.readFileSync(demo, 'utf8'));
  check(!saved.error, 'the saved file is well-formed XML', saved.error);
  check(saved.root.checklist === 'ccg-commissioning-2013' && saved.root['checklist-version'] === '1.0',
        'the saved file names the checklist and its version', saved.root);
  // A return names the review it belongs to; what the review follows on from stays with the review.
  const named = (review) => review.map(({id, title, date}) => ({id, title, date}));
  check(JSON.stringify(saved.organisation) === JSON.stringify(original.organisation) &&
        JSON.stringify(named(saved.review)) === JSON.stringify(named(original.review)),
        'the saved file names the organisation and the review', [saved.organisation, saved.review]);
  check(saved.raters.length === 1 && saved.raters[0].id === 'chair' && saved.raters[0].name === 'Dr Asha Patel',
        'the saved file holds exactly one rater, the chair', saved.raters);
  const want = {};
  for (const [key, answer] of Object.entries(original.answers))
    if (key.endsWith('|chair'))
      want[key] = answer;
  want['org-01|chair'] = { level: '4', note, evidence };
  want['org-02|chair'] = { ...want['org-02|chair'], level: '1' };
  want['org-03|chair'] = { ...want['org-03|chair'], level: 'na' };
  delete want['org-04|chair'];
  want[`${unrated[0]}|chair`] = { level: '2', note: '', evidence: '' };
  const differences = Object.keys({ ...want, ...saved.answers })
    .filter((key) => JSON.stringify(want[key]) !== JSON.stringify(saved.answers[key]))
    .map((key) => ({ key, want: want[key], saved: saved.answers[key] }));
  check(differences.length === 0, 'the saved file holds exactly the stored answers with the member\'s changes',
        differences);
  // The lead takes the file back into the review, and the review then holds what the member saved.
  const db = path.join(work, 'demo.sqlite');
  const collected = ccg('collect', '--db', db, '--review', '99X/2014-q1', savedPath);
  check(collected.code === 0 && collected.out.includes("took 64 answers of rater 'chair' (1 new, 3 changed, 1 no longer rated)"),
        'collect takes the saved file back into the review', collected.out + collected.err);
  const exportedPath = path.join(work, 'exported.xml');
  const exported = ccg('export', '--db', db, '--review', '99X/2014-q1', '-o', exportedPath);
  check(exported.code === 0, 'the review exports after the return', exported.err);
  const after = await readAnswers(again, fs.readFileSync(exportedPath, 'utf8'));
  const chairAfter = Object.fromEntries(Object.entries(after.answers).filter(([key]) => key.endsWith('|chair')));
  check(JSON.stringify(Object.entries(chairAfter).sort()) === JSON.stringify(Object.entries(saved.answers).sort()),
        'the review holds exactly the chair\'s saved answers', { chairAfter, saved: saved.answers });

  const foreign = requests.filter((url) => url !== formUrl && !url.startsWith('blob:'));
  check(foreign.length === 0, 'the form made no request but for itself', foreign);
  check(messages.length === 0, 'the form logged nothing (no refused resource, no error)', messages);
  // axe-core's WCAG 2.2 A/AA rules and best practices (labels, landmarks, contrast, headings…).
  await again.evaluate(axeSource);
  const violations = await again.evaluate(async () =>
    (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }))
      .violations.map((v) => ({ rule: v.id, help: v.help, where: v.nodes.slice(0, 3).map((n) => n.html) })));
  check(violations.length === 0, 'axe-core finds no accessibility violation', violations);
  await again.close();

  // --- Hostile checklist text is text, and the policy stops what markup would try.
  const hostileQuestion = '</script><img src=x onerror=window.__pwned=1>';
  const hostileName = '</script><script>window.__pwned=2</script> & "Co"';
  const checklist = fs.readFileSync(path.join(sourceDir, 'tests/data/mini-checklist.xml'), 'utf8')
    .replace('Are conflicts of interest declared and managed?',
             '&lt;/script&gt;&lt;img src=x onerror=window.__pwned=1&gt;');
  const hostileChecklist = path.join(work, 'hostile-checklist.xml');
  fs.writeFileSync(hostileChecklist, checklist);
  const hostileAnswers = path.join(work, 'hostile-answers.xml');
  fs.writeFileSync(hostileAnswers, `<?xml version="1.0" encoding="UTF-8"?>
<assessment checklist="mini" checklist-version="1.0">
  <organisation code="00Q" name="&lt;img src=x onerror=window.__pwned=3&gt;"/>
  <review id="2014-q1" title="Board self-review" date="2014-03-01"/>
  <rater id="../../etc/passwd" name="&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; &amp; &quot;Co&quot;"/>
</assessment>
`);
  const hostileForm = writeForm('hostile', hostileChecklist, hostileAnswers, '../../etc/passwd');
  check(path.dirname(hostileForm) === path.join(work, 'hostile') &&
        path.basename(hostileForm) === '00Q-2014-q1-rating-form-etc-passwd.html',
        'a rater id that is a path still names a file inside the folder', hostileForm);
  const hostile = watch(await context.newPage());
  messages.length = 0;
  await hostile.goto(pathToFileURL(hostileForm).href);
  check(await hostile.evaluate(() => document.querySelectorAll('img').length) === 0, 'no img element was made');
  check(await hostile.evaluate(() => window.__pwned) === undefined, 'no injected script ran');
  check(await hostile.locator('legend').first().textContent() === `gov-01 ${hostileQuestion}`,
        'the question shows as the text it is', await hostile.locator('legend').first().textContent());
  check((await hostile.locator('header dd').first().textContent()) === hostileName,
        'the rater\'s name shows as the text it is', await hostile.locator('header dd').first().textContent());
  check(await hostile.locator('#progress').textContent() === '0 of 4 rated', 'the script runs on the hostile form');
  // The policy itself: an inline script added later is refused, and so is a request.
  const refused = await hostile.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.appendChild(script);
    let fetched = 'allowed';
    try {
      await fetch('http://127.0.0.1:9/');
    } catch {
      fetched = 'refused';
    }
    return { injected: window.__injected, fetched };
  });
  check(refused.injected === undefined && refused.fetched === 'refused',
        'the page\'s policy refuses an added script and a request', refused);
  await hostile.keyboard.press('Tab');
  await tabTo(hostile, 'gov-01', 'radio');
  await hostile.keyboard.press('Space');
  // Text no keyboard types (pasted, say): characters XML 1.0 cannot carry are dropped on saving.
  await hostile.evaluate(() => {
    const note = document.getElementById('n-gov-01');
    note.value = 'a\u0001b\uD800c\uFFFEd\u{1F600}\te\r\nf';
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const [hostileDownload] = await Promise.all([hostile.waitForEvent('download'), hostile.click('#save')]);
  const hostileSaved = path.join(work, 'hostile-saved.xml');
  await hostileDownload.saveAs(hostileSaved);
  const hostileValid = ccg('validate', '--checklist', hostileChecklist, hostileSaved);
  check(hostileValid.code === 0, 'the hostile form saves a valid file', hostileValid.out + hostileValid.err);
  const hostileRead = await readAnswers(hostile, fs.readFileSync(hostileSaved, 'utf8'));
  check(hostileRead.raters.length === 1 && hostileRead.raters[0].id === '../../etc/passwd' &&
        hostileRead.raters[0].name === hostileName &&
        hostileRead.organisation[0].name === '<img src=x onerror=window.__pwned=3>',
        'names travel into the saved file unchanged', hostileRead);
  check(JSON.stringify(hostileRead.answers) ===
        JSON.stringify({ 'gov-01|../../etc/passwd': { level: '0', note: 'abcd\u{1F600}\te\nf', evidence: '' } }),
        'the saved file holds the one rating, without what XML cannot carry', hostileRead.answers);
} catch (error) {
  check(false, 'the test ran to the end', error.stack);
} finally {
  await context.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed === 0 ? 0 : 1);
