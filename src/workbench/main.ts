/**
 * The workbench page: the whole library in one offline web page, for people who do not use a
 * terminal. It holds the document as the user writes it, grades it with the library after every
 * change, shows each problem at its field, and downloads what the command line writes. The work
 * is kept in the browser's local storage; nothing leaves the machine.
 */
import { EXAMPLE_MODELS, LOCALES, problemLine, problemText, SHEET_LABELS, type Locale, type Problem } from '../index.js';
import { assess, chosenOptions, type Assessment, type ChosenOptions } from './assess.js';
import { h, replace } from './dom.js';
import { editorContent, postCounts, postTitle, ratingNote, stepOptions, unratedText, type EditorEnv } from './editor.js';
import {
  CATALOG_DOWNLOADS,
  catalogDownload,
  documentDownload,
  listsDownload,
  LISTS_DOWNLOADS,
  needsDocument,
  readFile,
  save,
  sheetDownload,
  SHEET_DOWNLOADS,
  type DownloadFormat,
  type FilePurpose,
} from './files.js';
import { arrayAt, getAt, isObject, parsePath, pathAndParents, pathText, setAt, type Json, type JsonObject, type Segment } from './paths.js';
import { levelPhrase, overview, postResults, riskPointResults } from './results.js';
import { blankDocument, freshState, keepState, pageStorage, restoreState, type WorkState } from './store.js';
import { word, type WordKey } from './words.js';

const storage = pageStorage();
const kept = storage === undefined ? undefined : restoreState(storage);
let state: WorkState = kept ?? freshState();
let chosen: ChosenOptions = chosenOptions(state);
/** The grading of the document as it is now. */
let current: Assessment = assess(state.doc, chosen);
/** The last grading without errors: shown, greyed, while the document has errors. */
let lastGood: Assessment | undefined = current.catalog === undefined ? undefined : current;
/** Posts shown open, by id. */
const openPosts = new Set<string>();
/** Why the work could not be kept, when it could not. */
let storageError: string | undefined;
/** What the next chosen file is for (set by the button that opened the file chooser). */
let purpose: FilePurpose | undefined;

const app = document.getElementById('app')!;

function t(key: WordKey, params?: Readonly<Record<string, string | number>>): string {
  return word(key, state.locale, params);
}

/** Keeps the work; remembers when it could not, so the page can say so and warn before leaving. */
function persist(): void {
  storageError = keepState(storage, state);
  updateSaveStatus();
}

function updateSaveStatus(): void {
  const el = document.getElementById('save-status');
  if (el === null) return;
  el.textContent = storageError !== undefined ? t('storageFailed', { reason: storageError }) : state.dirty ? t('savedDirty') : t('savedClean');
  el.classList.toggle('failed', storageError !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Messages

/**
 * Shows a message above the editor until dismissed or replaced.
 * @param head - the first line
 * @param lines - more lines (problems), if any
 * @param kind - how it reads
 */
function message(head: string, lines: readonly string[] = [], kind: 'info' | 'error' | 'warning' = 'info'): void {
  const box = document.getElementById('messages')!;
  replace(
    box,
    h(
      'div',
      { class: `message ${kind}` },
      h('p', {}, head),
      lines.length === 0 ? null : h('ul', {}, lines.slice(0, 200).map((l) => h('li', {}, l))),
      h('button', { type: 'button', class: 'dismiss', 'data-action': 'dismiss', 'aria-label': t('dismiss') }, '×'),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Rendering

function editorEnv(): EditorEnv {
  return { locale: state.locale, library: chosen.library };
}

function toolbar(): HTMLElement {
  const locale = state.locale;
  return h(
    'header',
    { class: 'bar' },
    h('div', { class: 'title' }, h('h1', {}, t('appTitle')), h('p', { class: 'tagline' }, t('appTagline'))),
    h(
      'div',
      { class: 'tools' },
      h('button', { type: 'button', 'data-action': 'new' }, t('newBlank')),
      h('button', { type: 'button', 'data-action': 'open', 'data-purpose': 'document', title: t('openHint') }, t('openFile')),
      h('input', { type: 'file', id: 'file-input', class: 'visually-hidden', tabindex: '-1', 'aria-label': t('fileInput'), accept: '.json,.csv,.xlsx,application/json,text/csv' }),
      h('button', { type: 'button', 'data-action': 'print' }, t('print')),
      h(
        'label',
        { class: 'locale' },
        `${t('language')} `,
        h(
          'select',
          { id: 'locale', 'data-action': 'locale' },
          LOCALES.map((l) => h('option', { value: l, selected: l === locale, lang: l }, word('localeName', l))),
        ),
      ),
    ),
    h('p', { id: 'save-status', role: 'status' }),
  );
}

function downloadsSection(): HTMLElement {
  const labels: Record<DownloadFormat, WordKey> = {
    html: 'formatHtml',
    'html-table': 'formatHtmlTable',
    'html-cards': 'formatHtmlCards',
    docx: 'formatDocx',
    xlsx: 'formatXlsx',
    csv: 'formatCsv',
    md: 'formatMd',
    'md-table': 'formatMdTable',
    json: 'formatJson',
    'lists-html': 'formatListsHtml',
    'lists-md': 'formatListsMd',
    'lists-csv': 'formatListsCsv',
    'sheet-xlsx': 'formatSheetXlsx',
    'sheet-csv': 'formatSheetCsv',
    document: 'downloadDocument',
  };
  const list = (formats: readonly DownloadFormat[]): HTMLElement =>
    h(
      'ul',
      { class: 'download-list' },
      formats.map((f) => h('li', {}, h('button', { type: 'button', 'data-download': f, 'aria-describedby': needsDocument(f) ? 'needs-valid' : undefined }, t(labels[f])))),
    );
  return h(
    'section',
    { class: 'downloads', 'aria-labelledby': 'downloads-heading' },
    h('h2', { id: 'downloads-heading' }, t('downloads')),
    h('p', { class: 'hint needs-valid', id: 'needs-valid', hidden: true }, t('downloadNeedsValid')),
    h('h3', {}, t('downloadCatalog')),
    list(CATALOG_DOWNLOADS),
    h('h3', {}, t('documentHeading')),
    list(['document']),
    h('details', { 'data-section': 'lists' }, h('summary', {}, h('h3', {}, t('downloadLists'))), list(LISTS_DOWNLOADS)),
    h('details', { 'data-section': 'sheet' }, h('summary', {}, h('h3', {}, t('downloadSheet'))), list(SHEET_DOWNLOADS)),
  );
}

function optionsSection(): HTMLElement {
  const locale = state.locale;
  const modelFile = typeof state.model === 'string' ? undefined : state.model;
  return h(
    'details',
    { class: 'options', 'data-section': 'options' },
    h('summary', {}, h('h2', {}, t('optionsSection'))),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'model' }, t('model')),
      h(
        'select',
        { id: 'model', 'data-action': 'model' },
        Object.entries(EXAMPLE_MODELS).map(([id, m]) => h('option', { value: id, selected: state.model === id }, m.name?.[locale] ?? id)),
        modelFile === undefined ? null : h('option', { value: '', selected: true }, t('modelFromFile', { file: modelFile.name })),
      ),
      h('button', { type: 'button', 'data-action': 'open', 'data-purpose': 'model' }, t('loadModel')),
    ),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, t('templates')),
      h('p', {}, state.templates === undefined ? t('builtinTemplates', { n: chosen.library.templates.length }) : t('fileTemplates', { file: state.templates.name, n: chosen.library.templates.length })),
      h('button', { type: 'button', 'data-action': 'open', 'data-purpose': 'templates' }, t('loadTemplates')),
      state.templates === undefined ? null : h('button', { type: 'button', 'data-action': 'reset-templates' }, t('useDefault')),
    ),
    h(
      'div',
      { class: 'field' },
      h('span', { class: 'label' }, t('settings')),
      h('p', {}, state.settings === undefined ? t('defaultSettings') : state.settings.name),
      h('button', { type: 'button', 'data-action': 'open', 'data-purpose': 'settings' }, t('loadSettings')),
      state.settings === undefined ? null : h('button', { type: 'button', 'data-action': 'reset-settings' }, t('useDefault')),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'as-of' }, t('asOf')),
      h('input', { type: 'date', id: 'as-of', 'data-action': 'as-of', value: state.asOf ?? '', 'aria-describedby': 'as-of-hint' }),
      h('p', { class: 'hint', id: 'as-of-hint' }, t('asOfHint')),
    ),
    h(
      'div',
      { class: 'field check' },
      h('input', { type: 'checkbox', id: 'suggest', 'data-action': 'suggest', checked: state.suggestRatings || state.doc['suggestRatings'] === true }),
      h('label', { for: 'suggest' }, t('suggestRatings')),
    ),
  );
}

function sidePanel(): HTMLElement {
  return h(
    'aside',
    { id: 'side', 'aria-label': t('overview') },
    h('section', { 'aria-labelledby': 'overview-heading' }, h('h2', { id: 'overview-heading' }, t('overview')), h('div', { id: 'overview' })),
    h(
      'section',
      { 'aria-labelledby': 'problems-heading' },
      h('h2', { id: 'problems-heading' }, t('problems'), ' ', h('span', { id: 'problem-total', class: 'count' })),
      h('p', { id: 'invalid-note', class: 'hint', hidden: true }, t('invalidNote')),
      h('ol', { id: 'problem-list', class: 'problem-list' }),
    ),
    downloadsSection(),
    h('details', { class: 'posts-nav', 'data-section': 'posts-nav', open: true }, h('summary', {}, h('h2', {}, t('postsNav'))), h('ol', { id: 'posts-nav' })),
    optionsSection(),
  );
}

/** Builds the whole page for the state (after a language change, a file opened, a structural edit). */
function render(): void {
  const scroll = window.scrollY;
  // The side panel's sections stay open or folded as the person left them.
  const sideOpen = new Map([...document.querySelectorAll<HTMLDetailsElement>('#side details[data-section]')].map((d) => [d.dataset['section'], d.open]));
  document.documentElement.lang = state.locale;
  document.title = t('appTitle');
  replace(
    app,
    h('a', { class: 'skip', href: '#editor' }, t('skipToEditor')),
    toolbar(),
    h('div', { id: 'messages', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'layout' }, sidePanel(), h('main', { id: 'editor', tabindex: '-1', 'aria-label': t('editor') }, editorContent(state.doc, editorEnv(), openPosts))),
    h('div', { id: 'drop', hidden: true }, h('p', {}, t('dropHere'))),
  );
  for (const d of document.querySelectorAll<HTMLDetailsElement>('#side details[data-section]')) {
    const open = sideOpen.get(d.dataset['section']);
    if (open !== undefined) d.open = open;
  }
  updateSaveStatus();
  refresh();
  window.scrollTo(0, scroll);
}

/** Rebuilds only the editor (an entity added, removed or moved), keeping the rest. */
function renderEditor(): void {
  const editor = document.getElementById('editor')!;
  replace(editor, editorContent(state.doc, editorEnv(), openPosts));
  refresh();
}

// ---------------------------------------------------------------------------------------------
// Refreshing what the library says

/** Every field and entity of the editor by path. */
function placesByPath(): Map<string, HTMLElement> {
  const map = new Map<string, HTMLElement>();
  for (const el of document.querySelectorAll<HTMLElement>('#editor [data-field], #editor [data-entity]')) {
    map.set(el.dataset['field'] ?? el.dataset['entity']!, el);
  }
  return map;
}

/** The element a problem belongs to: the field of its path, else the nearest enclosing one. */
function placeOf(places: ReadonlyMap<string, HTMLElement>, path: string): HTMLElement | undefined {
  for (const p of pathAndParents(path)) {
    const el = places.get(p);
    if (el !== undefined) return el;
  }
  return undefined;
}

function problemsListOf(el: HTMLElement): HTMLElement | null {
  return el.querySelector<HTMLElement>(':scope > .problems, :scope > .post-body > .problems');
}

function showProblems(problems: readonly Problem[]): void {
  const locale = state.locale;
  for (const list of document.querySelectorAll('#editor .problems')) replace(list);
  for (const el of document.querySelectorAll('#editor [aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of document.querySelectorAll('#editor .has-error, #editor .has-warning')) el.classList.remove('has-error', 'has-warning');
  const places = placesByPath();
  for (const p of problems) {
    const el = placeOf(places, p.path);
    if (el === undefined) continue;
    problemsListOf(el)?.appendChild(h('li', { class: p.severity }, problemText(p, locale)));
    el.classList.add(p.severity === 'error' ? 'has-error' : 'has-warning');
    if (p.severity === 'error') {
      const control = el.querySelector(':scope > input, :scope > select, :scope > textarea');
      control?.setAttribute('aria-invalid', 'true');
    }
  }
  // The problem count on each post's summary line, so a folded post still shows it has some.
  for (const post of document.querySelectorAll<HTMLElement>('#editor details.post')) {
    const prefix = post.dataset['entity']!;
    const n = problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`)).length;
    const badge = post.querySelector(':scope > summary > .problem-count')!;
    badge.textContent = n === 0 ? '' : t('problemMark', { n });
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  document.getElementById('problem-total')!.textContent = problems.length === 0 ? '' : t('inParens', { text: t('problemsCount', { errors, warnings: problems.length - errors }) });
  const list = document.getElementById('problem-list')!;
  replace(
    list,
    problems.length === 0
      ? h('li', { class: 'none' }, t('noProblems'))
      : problems.slice(0, 300).map((p) => {
          // Where, in the names the person gave (post, power, risk point, field); the CLI's line, path and all, on hover.
          const line = problemLine(p, locale);
          return h(
            'li',
            { class: p.severity },
            h('button', { type: 'button', class: 'link', 'data-goto': p.path, 'data-line': line, title: line }, t('labelled', { label: placeName(places, p.path), text: problemText(p, locale) })),
          );
        }),
  );
}

/** The label of a field or entity of the editor (its label, legend or heading), if shown. */
function labelOf(el: HTMLElement | undefined): string | undefined {
  const label = el?.querySelector(':scope > label, :scope > legend, :scope > .label, :scope > h2');
  const text = label?.textContent?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Where a path is, in the names the document gives: 出纳 › 现金收付 › 风险点 1 › 危害程度. */
function placeName(places: ReadonlyMap<string, HTMLElement>, path: string): string {
  const segs = parsePath(path);
  if (segs.length === 0) return t('wholeDocument');
  const parts: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const key = segs[i]!;
    const index = segs[i + 1];
    if (typeof key === 'string' && typeof index === 'number') {
      const item = objectAt(segs.slice(0, i + 2));
      const n = index + 1;
      const named: Record<string, () => string> = {
        posts: () => text(item['name']) || t('postN', { n }),
        powers: () => text(item['name']) || t('powerN', { n }),
        riskPoints: () => t('riskPointHeading', { n }),
        ownMeasures: () => t('ownMeasureN', { n }),
        steps: () => t('stepN', { n }),
      };
      parts.push(Object.hasOwn(named, key) ? named[key]!() : labelOf(places.get(pathText(segs.slice(0, i + 2)))) ?? labelOf(places.get(pathText(segs.slice(0, i + 1)))) ?? `${key}[${index}]`);
      i++;
    } else {
      parts.push(labelOf(places.get(pathText(segs.slice(0, i + 1)))) ?? String(key));
    }
  }
  return parts.join(t('placeSep'));
}

function setLevel(el: HTMLElement, level: string | undefined, stale: boolean): void {
  if (level === undefined) el.removeAttribute('data-level');
  else el.dataset['level'] = level;
  el.toggleAttribute('data-stale', stale);
}

/** The written object at a path (an empty one when there is none). */
function objectAt(path: readonly Segment[]): JsonObject {
  const v = getAt(state.doc, path);
  return isObject(v ?? null) ? (v as JsonObject) : {};
}

function text(v: Json | undefined): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** Grades the document and updates everything that shows a result. */
function refresh(): void {
  const locale = state.locale;
  current = assess(state.doc, chosen);
  if (current.catalog !== undefined) lastGood = current;
  const shown = current.catalog !== undefined ? current : lastGood;
  const stale = current.catalog === undefined;
  for (const postEl of document.querySelectorAll<HTMLElement>('#editor details.post')) {
    const path = parsePath(postEl.dataset['entity']!);
    const post = objectAt(path);
    const id = text(post['id']);
    postEl.dataset['postId'] = id;
    postEl.querySelector(':scope > summary > .post-title')!.textContent = postTitle(post, locale);
    postEl.querySelector(':scope > summary > .post-counts')!.textContent = postCounts(post, locale);
    const cp = shown?.posts.get(id);
    setLevel(postEl, cp?.level, stale);
    postEl.querySelector(':scope > summary > .level-text')!.textContent = cp === undefined ? '' : levelPhrase(cp.level, locale);
    const slot = postEl.querySelector<HTMLElement>('.post-results')!;
    const measuresOpen = slot.querySelector<HTMLDetailsElement>('details.post-measures')?.open ?? false;
    replace(slot, postResults(cp, shown?.postWhatIf.get(id), locale, measuresOpen));
    slot.classList.toggle('stale', stale);
  }
  for (const powerEl of document.querySelectorAll<HTMLElement>('#editor section.power')) {
    const power = objectAt(parsePath(powerEl.dataset['entity']!));
    powerEl.querySelector(':scope > .power-title')!.textContent = word('powerHeading', locale, { name: text(power['name']) || t('unnamed') });
  }
  for (const rpEl of document.querySelectorAll<HTMLElement>('#editor article.rp')) {
    const path = parsePath(rpEl.dataset['entity']!);
    const rp = objectAt(path);
    const post = objectAt(path.slice(0, 2));
    const id = text(rp['id']);
    rpEl.dataset['riskPointId'] = id;
    const crp = shown?.riskPoints.get(id);
    setLevel(rpEl, crp?.level, stale);
    rpEl.querySelector(':scope > header .level-text')!.textContent = crp === undefined ? '' : t('inParens', { text: levelPhrase(crp.level, locale) });
    const slot = rpEl.querySelector<HTMLElement>('.rp-results')!;
    // A list of measures the user unfolded stays unfolded as the results are redrawn.
    const measuresOpen = slot.querySelector<HTMLDetailsElement>('details.rp-measures')?.open ?? false;
    replace(slot, riskPointResults(crp, shown?.whatIf.get(id), locale, path, measuresOpen));
    slot.classList.toggle('stale', stale);
    // Ratings the risk point inherits follow the post's.
    const postFactors = isObject(post['factors'] ?? null) ? (post['factors'] as JsonObject) : {};
    for (const select of rpEl.querySelectorAll<HTMLSelectElement>('select[data-kind="rating"]')) {
      const factor = select.dataset['factor'] as 'importance';
      const inherited = factor === 'importance' || factor === 'influence' ? postFactors[factor] : undefined;
      select.options[0]!.textContent = unratedText(inherited, locale);
      const raw = getAt(state.doc, parsePath(select.dataset['path']!));
      const note = select.parentElement!.querySelector('.meaning');
      if (note !== null) note.textContent = ratingNote(factor, raw, inherited, locale) || ' ';
    }
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('#editor details.post > .post-body > .post-ratings select')) {
    const note = select.parentElement!.querySelector('.meaning');
    if (note !== null) note.textContent = ratingNote(select.dataset['factor'] as 'importance', getAt(state.doc, parsePath(select.dataset['path']!)), undefined, locale) || ' ';
  }
  showProblems(current.problems);
  // The overview and the posts list.
  const ov = document.getElementById('overview')!;
  replace(ov, shown?.catalog === undefined ? h('p', { class: 'hint' }, t('notAssessed')) : overview(shown.catalog, locale));
  ov.classList.toggle('stale', stale);
  document.getElementById('invalid-note')!.hidden = !stale || lastGood === undefined;
  const nav = document.getElementById('posts-nav')!;
  const posts = Array.isArray(state.doc['posts']) ? state.doc['posts'] : [];
  replace(
    nav,
    posts.map((p, i) => {
      const post = isObject(p) ? p : {};
      const cp = shown?.posts.get(text(post['id']));
      return h(
        'li',
        { 'data-level': cp?.level },
        h('button', { type: 'button', class: 'link', 'data-goto': pathText(['posts', i]) }, h('span', { class: 'badge', 'aria-hidden': 'true' }), postTitle(post, locale), cp === undefined ? '' : t('inParens', { text: levelPhrase(cp.level, locale) })),
      );
    }),
  );
  // Downloads of the catalog need a document without errors.
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-download]')) b.disabled = needsDocument(b.dataset['download'] as DownloadFormat) && current.doc === undefined;
  document.getElementById('needs-valid')!.hidden = current.doc !== undefined;
}

let pending: number | undefined;

/** Refreshes soon: typing runs the library once per pause, not once per key. */
function refreshSoon(): void {
  if (pending !== undefined) window.clearTimeout(pending);
  pending = window.setTimeout(() => {
    pending = undefined;
    refresh();
  }, 150);
}

// ---------------------------------------------------------------------------------------------
// Editing

/** The smallest `<prefix>-<n>` no id of the document uses. */
function freeId(prefix: string): string {
  const used = new Set<string>();
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v ?? null)) {
      const o = v as JsonObject;
      if (typeof o['id'] === 'string') used.add(o['id']);
      Object.values(o).forEach(visit);
    }
  };
  visit(state.doc);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A change the user made: kept at once, graded now or after the typing pause. */
function edited(soon: boolean): void {
  state.dirty = true;
  persist();
  if (soon) refreshSoon();
  else refresh();
}

function structural(focusPath?: string): void {
  state.dirty = true;
  persist();
  renderEditor();
  if (focusPath !== undefined) goTo(focusPath, true);
}

/** The value a control holds, as the document writes it (undefined: leave the key out). */
function controlValue(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): Json | undefined {
  const v = el.value;
  switch (el.dataset['kind']) {
    case 'text':
    case 'step-name':
      return v;
    case 'check':
      return (el as HTMLInputElement).checked;
    case 'number':
      return v === '' ? undefined : Number(v);
    case 'rating':
      return v === '' ? undefined : Number.isNaN(Number(v)) ? v : Number(v);
    default:
      return v === '' ? undefined : v;
  }
}

function onEdit(e: Event): void {
  const el = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const kind = el.dataset['kind'];
  const pathStr = el.dataset['path'];
  if (kind === undefined || pathStr === undefined) return;
  const typing = e.type === 'input' && el.tagName !== 'SELECT' && (el as HTMLInputElement).type !== 'checkbox';
  if (e.type === 'input' && !typing) return; // selects and boxes are taken on change
  if (e.type === 'change' && typing) return;
  if (e.type === 'change' && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && (el as HTMLInputElement).type !== 'checkbox' && (el as HTMLInputElement).type !== 'date') return;
  const path = parsePath(pathStr);
  if (kind === 'lowers') {
    const boxes = el.closest('.boxes')!.querySelectorAll<HTMLInputElement>('input[data-kind="lowers"]');
    const chosenFactors = [...boxes].filter((b) => b.checked).map((b) => b.value);
    setAt(state.doc, path, chosenFactors.length === 0 ? undefined : chosenFactors);
    edited(false);
    return;
  }
  const value = controlValue(el);
  if (kind === 'step-name') renameStep(el as HTMLInputElement, path, value as string);
  else setAt(state.doc, path, value);
  edited(typing);
}

/** A step renamed: the risk points at that step follow it, and the step choices show the new name. */
function renameStep(el: HTMLInputElement, path: readonly Segment[], name: string): void {
  const previous = el.dataset['prev'] ?? '';
  setAt(state.doc, path, name);
  // While the name is cleared to be retyped, the risk points keep the old one and follow the new.
  if (name === '') return;
  el.dataset['prev'] = name;
  const powerPath = path.slice(0, -2);
  const power = objectAt(powerPath);
  const rps = Array.isArray(power['riskPoints']) ? power['riskPoints'] : [];
  const steps = Array.isArray(power['steps']) ? power['steps'] : [];
  const stillThere = steps.some((s) => s === previous);
  rps.forEach((rp) => {
    if (isObject(rp) && rp['step'] === previous && previous !== '' && !stillThere) rp['step'] = name;
  });
  const powerEl = el.closest<HTMLElement>('section.power')!;
  for (const select of powerEl.querySelectorAll<HTMLSelectElement>('select[data-kind="step"]')) {
    replace(select, stepOptions(steps, getAt(state.doc, parsePath(select.dataset['path']!)), state.locale));
  }
}

function confirmDiscard(): boolean {
  return !state.dirty || window.confirm(t('confirmDiscard'));
}

/** Moves the item at a path one place up or down in its list. */
function move(path: readonly Segment[], by: -1 | 1): string | undefined {
  const index = path[path.length - 1];
  const list = getAt(state.doc, path.slice(0, -1));
  if (typeof index !== 'number' || !Array.isArray(list)) return undefined;
  const to = index + by;
  if (to < 0 || to >= list.length) return undefined;
  [list[index], list[to]] = [list[to]!, list[index]!];
  return pathText([...path.slice(0, -1), to]);
}

function nameOf(path: readonly Segment[]): string {
  const o = objectAt(path);
  return text(o['name']) || text(o['description']) || text(o['id']) || t('unnamed');
}

function onAction(button: HTMLElement): void {
  const name = button.dataset['action'];
  const path = parsePath(button.dataset['path'] ?? '');
  switch (name) {
    case 'dismiss':
      replace(document.getElementById('messages')!);
      return;
    case 'new':
      if (!confirmDiscard()) return;
      state.doc = blankDocument();
      state.name = '';
      state.dirty = false;
      openPosts.clear();
      lastGood = undefined;
      persist();
      render();
      message(t('startedBlank'));
      return;
    case 'open': {
      purpose = button.dataset['purpose'] as FilePurpose;
      const input = document.getElementById('file-input') as HTMLInputElement;
      input.accept = purpose === 'document' ? '.json,.csv,.xlsx,application/json,text/csv' : '.json,application/json';
      input.click();
      return;
    }
    case 'print':
      window.print();
      return;
    case 'reset-templates':
      delete state.templates;
      optionsChanged();
      return;
    case 'reset-settings':
      delete state.settings;
      optionsChanged();
      return;
    case 'add-post': {
      const posts = arrayAt(state.doc, ['posts']);
      const id = freeId('post');
      posts.push({ id, name: '', department: '', powers: [] });
      openPosts.add(id);
      structural(pathText(['posts', posts.length - 1, 'name']));
      return;
    }
    case 'add-power': {
      const powers = arrayAt(state.doc, [...path, 'powers']);
      powers.push({ id: freeId('power'), name: '', steps: [''], riskPoints: [] });
      structural(pathText([...path, 'powers', powers.length - 1, 'name']));
      return;
    }
    case 'add-rp': {
      const power = objectAt(path);
      const steps = Array.isArray(power['steps']) ? power['steps'] : [];
      const rps = arrayAt(state.doc, [...path, 'riskPoints']);
      rps.push({ id: freeId('rp'), description: '', step: typeof steps[0] === 'string' ? steps[0] : '', factors: {} });
      structural(pathText([...path, 'riskPoints', rps.length - 1, 'description']));
      return;
    }
    case 'add-step': {
      const steps = arrayAt(state.doc, [...path, 'steps']);
      steps.push('');
      structural(pathText([...path, 'steps', steps.length - 1]));
      return;
    }
    case 'add-own': {
      const own = arrayAt(state.doc, [...path, 'ownMeasures']);
      own.push({ text: '' });
      structural(pathText([...path, 'ownMeasures', own.length - 1, 'text']));
      return;
    }
    case 'remove': {
      const last = path[path.length - 2];
      const big = last === 'posts' || last === 'powers' || last === 'riskPoints';
      if (big && !window.confirm(t('confirmRemove', { name: nameOf(path) }))) return;
      setAt(state.doc, path, undefined);
      structural();
      return;
    }
    case 'move-up':
    case 'move-down': {
      const moved = move(path, name === 'move-up' ? -1 : 1);
      if (moved !== undefined) structural(moved);
      return;
    }
    case 'remove-control':
      setAt(state.doc, path, undefined);
      structural();
      return;
    case 'mark-control': {
      const controls = arrayAt(state.doc, [...path, 'controls']);
      const id = button.dataset['value']!;
      if (!controls.includes(id)) controls.push(id);
      structural();
      return;
    }
  }
}

function onSideChange(el: HTMLInputElement | HTMLSelectElement): void {
  switch (el.dataset['action']) {
    case 'locale':
      state.locale = LOCALES.includes(el.value as Locale) ? (el.value as Locale) : state.locale;
      persist();
      render();
      document.getElementById('locale')?.focus();
      return;
    case 'model':
      if (el.value === '') return;
      state.model = el.value;
      optionsChanged();
      return;
    case 'as-of':
      if (el.value === '') delete state.asOf;
      else state.asOf = el.value;
      optionsChanged(false);
      return;
    case 'suggest':
      // The document's own mark (as import --suggest-ratings writes it), downloaded with it.
      state.suggestRatings = false;
      if ((el as HTMLInputElement).checked) state.doc['suggestRatings'] = true;
      else delete state.doc['suggestRatings'];
      state.dirty = true;
      optionsChanged(false);
      return;
    case 'add-control': {
      if (el.value === '') return;
      const controls = arrayAt(state.doc, [...parsePath(el.dataset['path']!), 'controls']);
      if (!controls.includes(el.value)) controls.push(el.value);
      structural();
      return;
    }
  }
}

/** The options changed: grade again (and rebuild the page when the library or the model's name shows). */
function optionsChanged(rebuild = true): void {
  chosen = chosenOptions(state);
  lastGood = undefined;
  persist();
  if (rebuild) render();
  else refresh();
}

/** Shows the element of a path: opens its post, scrolls to it, focuses its control. */
function goTo(path: string, focus: boolean): void {
  const places = placesByPath();
  const el = placeOf(places, path);
  if (el === undefined) return;
  const post = el.closest('details.post') as HTMLDetailsElement | null;
  if (post !== null && !post.open) {
    post.open = true;
    openPosts.add(post.dataset['postId'] ?? '');
  }
  el.scrollIntoView({ block: 'center' });
  const control = el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
  if (focus || control !== null) control?.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Files

function baseName(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

async function openFile(file: File, as: FilePurpose | undefined): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const opened = await readFile(file.name, bytes, state.locale, as === 'document' ? undefined : as);
  if (opened.kind === 'failed') {
    message(t('notOpened', { file: file.name }), opened.lines, 'error');
    return;
  }
  if (opened.kind === 'document') {
    if (!confirmDiscard()) return;
    state.doc = opened.doc;
    state.name = baseName(file.name);
    state.dirty = false;
    openPosts.clear();
    lastGood = undefined;
    persist();
    render();
    if (opened.warnings.length > 0) message(t('openedWithWarnings', { file: file.name }), opened.warnings, 'warning');
    else message(t('opened', { file: file.name }));
    return;
  }
  const loaded = { name: file.name, value: opened.value };
  if (opened.kind === 'model') state.model = loaded;
  else if (opened.kind === 'templates') state.templates = loaded;
  else state.settings = loaded;
  optionsChanged();
  const key: WordKey = opened.kind === 'model' ? 'loadedModel' : opened.kind === 'templates' ? 'loadedTemplates' : 'loadedSettings';
  if (opened.warnings.length > 0) message(t(key, { file: file.name }), opened.warnings, 'warning');
  else message(t(key, { file: file.name }));
}

function download(format: DownloadFormat): void {
  const name = state.name === '' ? t('untitled') : state.name;
  let file;
  let fileName: string;
  if (format === 'document') {
    file = documentDownload(state.doc);
    fileName = `${name}.json`;
    state.dirty = false;
    persist();
  } else if ((SHEET_DOWNLOADS as readonly string[]).includes(format)) {
    file = sheetDownload(format as (typeof SHEET_DOWNLOADS)[number], state.locale);
    fileName = `${SHEET_LABELS.title[state.locale]}.${file.ext}`;
  } else {
    if (current.doc === undefined) return;
    if ((LISTS_DOWNLOADS as readonly string[]).includes(format)) {
      file = listsDownload(format as (typeof LISTS_DOWNLOADS)[number], current.doc, state.locale);
      fileName = `${t('listsFile', { name })}.${file.ext}`;
    } else {
      file = catalogDownload(format as (typeof CATALOG_DOWNLOADS)[number], current.doc, chosen.options, state.locale);
      // A view other than the report is named by it: 一览表-table.html, 一览表-cards.html.
      const view = format.includes('-') ? `-${format.slice(format.indexOf('-') + 1)}` : '';
      fileName = `${t('catalogFile', { name })}${view}.${file.ext}`;
    }
  }
  save(file, fileName);
  message(t('downloaded', { file: fileName }));
}

// ---------------------------------------------------------------------------------------------
// Wiring

app.addEventListener('input', (e) => onEdit(e));
app.addEventListener('change', (e) => {
  const el = e.target as HTMLInputElement | HTMLSelectElement;
  if (el.id === 'file-input') {
    const file = (el as HTMLInputElement).files?.[0];
    const as = purpose;
    purpose = undefined;
    if (file !== undefined) void openFile(file, as).finally(() => ((el as HTMLInputElement).value = ''));
    return;
  }
  if (el.dataset['action'] !== undefined) onSideChange(el);
  else onEdit(e);
});
app.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const dl = target.closest<HTMLElement>('[data-download]');
  if (dl !== null) {
    download(dl.dataset['download'] as DownloadFormat);
    return;
  }
  const goto = target.closest<HTMLElement>('[data-goto]');
  if (goto !== null) {
    goTo(goto.dataset['goto']!, true);
    return;
  }
  const button = target.closest<HTMLElement>('button[data-action]');
  if (button !== null) onAction(button);
});
app.addEventListener('toggle', (e) => {
  const el = e.target as HTMLElement;
  if (el instanceof HTMLDetailsElement && el.classList.contains('post')) {
    if (el.open) openPosts.add(el.dataset['postId'] ?? '');
    else openPosts.delete(el.dataset['postId'] ?? '');
  }
}, true);

// Drag and drop: a file dropped anywhere on the page opens as the file chooser would.
let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  document.getElementById('drop')!.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.getElementById('drop')!.hidden = true;
});
window.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  document.getElementById('drop')!.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file !== undefined) void openFile(file, undefined);
});

// Printing: every post opened for the paper, folded back afterwards.
let foldedForPrint: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  foldedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  for (const d of foldedForPrint) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of foldedForPrint) d.open = false;
  foldedForPrint = [];
});

// Leaving with work the browser could not keep asks first.
window.addEventListener('beforeunload', (e) => {
  if (storageError !== undefined && state.dirty) e.preventDefault();
});

render();
if (kept !== undefined && (Array.isArray(kept.doc['posts']) ? kept.doc['posts'].length > 0 : true)) message(t('restored'));

