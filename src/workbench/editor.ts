/**
 * The forms: the document's organization, posts, powers with their steps, risk points with their
 * ratings, controls and the unit's own measures. Every control carries the path of the value it
 * edits (`data-path`, as problems name it) and how to read it (`data-kind`); every field and
 * entity carries its path too (`data-field`, `data-entity`), so a problem is shown where it belongs.
 * The page's stable test contract lives here: each risk point's element carries
 * `data-risk-point-id` (and `data-level` once graded), and its rating controls are named
 * `factors.<factorId>`.
 */
import {
  CSV_COLUMNS,
  FACTOR_IDS,
  FACTORS,
  LIST_LABELS,
  OWNER_TIER_LABELS,
  PHASE_LABELS,
  POST_FACTOR_IDS,
  POWER_CATEGORIES,
  RANK_ALIASES,
  RANKS,
  RISK_CATEGORIES,
  ratingMeaning,
  type FactorId,
  type Locale,
  type LocalizedText,
  type Rating,
  type TemplateLibrary,
  type Term,
} from '../index.js';
import { freshId, h, type Child } from './dom.js';
import { isObject, pathText, type Json, type JsonObject, type Segment } from './paths.js';
import { fillText, word } from './words.js';

/** What the forms need besides the document. */
export interface EditorEnv {
  /** The language. */
  readonly locale: Locale;
  /** The template library in use (for controls and adopted templates). */
  readonly library: TemplateLibrary;
}

/** A column heading of the CSV layout, by key: the library's name for a field. */
function heading(key: string, locale: Locale): string {
  const column = CSV_COLUMNS.find((c) => c.key === key);
  return column === undefined ? key : column.header[locale];
}

/** The id a written vocabulary value means: its id, or its label in any locale (ranks: an alias too). */
export function termId(table: readonly Term[], raw: Json | undefined, aliases: Readonly<Record<string, string>> = {}): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const folded = raw.trim().toLowerCase();
  for (const t of table) if (t.id.toLowerCase() === folded) return t.id;
  for (const t of table) for (const l of Object.values(t.label)) if (l.toLowerCase() === folded) return t.id;
  return Object.hasOwn(aliases, raw.trim()) ? aliases[raw.trim()] : undefined;
}

/** The text of a written value for a text control. */
function textOf(raw: Json | undefined): string {
  if (raw === undefined || raw === null) return '';
  return typeof raw === 'string' ? raw : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

interface FieldOptions {
  readonly path: readonly Segment[];
  readonly label: string;
  readonly control: HTMLElement;
  readonly wide?: boolean;
  readonly hint?: string;
  readonly className?: string;
}

/** A labelled field: label, control, an optional hint, and the list its problems go in. */
function field(o: FieldOptions): HTMLElement {
  const id = o.control.id === '' ? freshId('f') : o.control.id;
  o.control.id = id;
  const problems = h('ul', { class: 'problems', id: `${id}-problems` });
  const hint = o.hint === undefined ? undefined : h('p', { class: 'hint', id: `${id}-hint` }, o.hint);
  o.control.setAttribute('aria-describedby', [hint?.id, problems.id].filter((x) => x !== undefined).join(' '));
  return h(
    'div',
    { class: `field${o.wide === true ? ' wide' : ''}${o.className === undefined ? '' : ` ${o.className}`}`, 'data-field': pathText(o.path) },
    h('label', { for: id }, o.label),
    o.control,
    hint,
    problems,
  );
}

function input(path: readonly Segment[], kind: string, raw: Json | undefined, attrs: Readonly<Record<string, string | boolean | undefined>> = {}): HTMLInputElement {
  return h('input', { type: 'text', 'data-path': pathText(path), 'data-kind': kind, name: String(path[path.length - 1]), value: textOf(raw), autocomplete: 'off', ...attrs });
}

function textField(path: readonly Segment[], label: string, raw: Json | undefined, required: boolean, wide = false): HTMLElement {
  return field({ path, label, control: input(path, required ? 'text' : 'opt-text', raw, { required }), wide });
}

function textareaField(path: readonly Segment[], label: string, raw: Json | undefined, required: boolean): HTMLElement {
  const control = h('textarea', { 'data-path': pathText(path), 'data-kind': required ? 'text' : 'opt-text', name: String(path[path.length - 1]), rows: 2, required }, textOf(raw));
  return field({ path, label, control, wide: true });
}

function checkField(path: readonly Segment[], label: string, raw: Json | undefined): HTMLElement {
  const control = h('input', { type: 'checkbox', 'data-path': pathText(path), 'data-kind': 'check', name: String(path[path.length - 1]), checked: raw === true });
  return field({ path, label, control, className: 'check' });
}

/** Options for a vocabulary, the written value kept as an extra option when it is no term. */
function termOptions(table: readonly Term[], raw: Json | undefined, locale: Locale, blank: string, aliases?: Readonly<Record<string, string>>): HTMLOptionElement[] {
  const id = termId(table, raw, aliases);
  const options = [h('option', { value: '', selected: raw === undefined }, blank)];
  if (raw !== undefined && id === undefined) options.push(h('option', { value: textOf(raw), selected: true }, word('otherValue', locale, { value: textOf(raw) })));
  for (const t of table) options.push(h('option', { value: t.id, selected: t.id === id }, t.label[locale]));
  return options;
}

function termField(path: readonly Segment[], label: string, table: readonly Term[], raw: Json | undefined, locale: Locale, required: boolean, aliases?: Readonly<Record<string, string>>): HTMLElement {
  const control = h(
    'select',
    { 'data-path': pathText(path), 'data-kind': 'term', name: String(path[path.length - 1]), required },
    termOptions(table, raw, locale, word(required ? 'choose' : 'none', locale), aliases),
  );
  return field({ path, label, control });
}

/** The meaning shown beside a rating: the library's anchor text for the rating chosen. */
export function ratingNote(factor: FactorId, raw: Json | undefined, inherited: Json | undefined, locale: Locale): string {
  const r = typeof raw === 'number' ? raw : typeof inherited === 'number' ? inherited : undefined;
  if (r === undefined || !Number.isInteger(r) || r < 1 || r > 5) return '';
  return ratingMeaning(factor, r as Rating)[locale];
}

/** The text of the "not rated" option: what the risk point falls back to. */
export function unratedText(inherited: Json | undefined, locale: Locale): string {
  return typeof inherited === 'number' ? word('inherits', locale, { n: inherited }) : word('notRated', locale);
}

/**
 * A rating control: a choice of 1-5 whose options say what 1, 3 and 5 mean for the factor (2 and 4
 * lie between), with the meaning of the rating chosen written beside it.
 */
function ratingField(path: readonly Segment[], factor: FactorId, raw: Json | undefined, inherited: Json | undefined, locale: Locale): HTMLElement {
  const def = FACTORS.find((f) => f.id === factor)!;
  const options = [h('option', { value: '', selected: raw === undefined }, unratedText(inherited, locale))];
  if (raw !== undefined && !(typeof raw === 'number' && [1, 2, 3, 4, 5].includes(raw))) {
    options.push(h('option', { value: textOf(raw), selected: true }, word('otherValue', locale, { value: textOf(raw) })));
  }
  for (const n of [1, 2, 3, 4, 5] as const) {
    const meaning = n === 1 || n === 3 || n === 5 ? def.anchors[n][locale] : word('ratingBetween', locale, { lo: n - 1, hi: n + 1 });
    options.push(h('option', { value: String(n), selected: raw === n }, word('ratingOption', locale, { n, meaning })));
  }
  const control = h('select', { 'data-path': pathText(path), 'data-kind': 'rating', 'data-factor': factor, name: `factors.${factor}` }, options);
  const wrapper = field({ path, label: def.label[locale], control, className: 'rating', hint: ratingNote(factor, raw, inherited, locale) || ' ' });
  wrapper.querySelector('label')!.title = def.question[locale];
  wrapper.querySelector('.hint')!.classList.add('meaning');
  return wrapper;
}

/** A button that runs an action of the page on a path. */
function action(name: string, path: readonly Segment[], text: string, extra: Readonly<Record<string, string>> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: `action ${name}`, 'data-action': name, 'data-path': pathText(path), ...extra }, text);
}

/** Move-up, move-down and remove buttons for an entity in a list. */
function moveRemove(path: readonly Segment[], index: number, count: number, name: string, locale: Locale): HTMLElement {
  const up = action('move-up', path, word('moveUp', locale), { 'aria-label': word('labelled', locale, { label: word('moveUp', locale), text: name }) });
  const down = action('move-down', path, word('moveDown', locale), { 'aria-label': word('labelled', locale, { label: word('moveDown', locale), text: name }) });
  up.disabled = index === 0;
  down.disabled = index === count - 1;
  return h('div', { class: 'entity-actions' }, up, down, action('remove', path, word('remove', locale), { 'aria-label': word('removeWhat', locale, { name }) }));
}

/** A template's title with its placeholders filled from where it is used. */
export function templateTitle(title: LocalizedText, locale: Locale, at: Readonly<Record<string, string>>): string {
  return fillText(title[locale], locale, at);
}

/** Where a risk point is, for filling template placeholders. */
function placeOf(post: JsonObject, power: JsonObject, rp: JsonObject): Record<string, string> {
  return { post: textOf(post['name']), department: textOf(post['department']), power: textOf(power['name']), step: textOf(rp['step']) };
}

/** A list as an array (a value that is not an array reads as none). */
function listOf(raw: Json | undefined): Json[] {
  return Array.isArray(raw) ? raw : [];
}

function objectOf(raw: Json | undefined): JsonObject {
  return isObject(raw ?? null) ? (raw as JsonObject) : {};
}

/** The organization's own fields. */
function organizationSection(doc: JsonObject, locale: Locale): HTMLElement {
  return h(
    'section',
    { class: 'org', 'data-entity': '', 'aria-labelledby': 'org-heading' },
    h('h2', { id: 'org-heading' }, word('orgSection', locale)),
    h('ul', { class: 'problems entity-problems' }),
    h(
      'div',
      { class: 'grid' },
      textField(['organization'], heading('organization', locale), doc['organization'], false, true),
      field({ path: ['assessedOn'], label: heading('assessedOn', locale), control: input(['assessedOn'], 'opt-text', doc['assessedOn'], { type: 'date' }) }),
    ),
  );
}

/** The steps of a power: one text field each, in order, to move, remove and add. */
function stepsEditor(path: readonly Segment[], steps: readonly Json[], locale: Locale): HTMLElement {
  const stepsPath = [...path, 'steps'];
  const legendId = freshId('steps');
  return h(
    'fieldset',
    { class: 'steps', 'data-field': pathText(stepsPath), 'aria-describedby': `${legendId}-problems` },
    h('legend', { id: legendId }, word('steps', locale)),
    h('ul', { class: 'problems', id: `${legendId}-problems` }),
    h(
      'ol',
      {},
      steps.map((s, i) => {
        const p = [...stepsPath, i];
        const control = input(p, 'step-name', s, { required: true, 'data-prev': textOf(s) });
        const id = freshId('step');
        control.id = id;
        const problems = h('ul', { class: 'problems', id: `${id}-problems` });
        control.setAttribute('aria-describedby', problems.id);
        return h(
          'li',
          { 'data-field': pathText(p) },
          h('label', { for: id, class: 'visually-hidden' }, word('stepN', locale, { n: i + 1 })),
          control,
          moveRemove(p, i, steps.length, textOf(s) || word('stepN', locale, { n: i + 1 }), locale),
          problems,
        );
      }),
    ),
    action('add-step', path, word('addStep', locale)),
  );
}

/**
 * The choices of a risk point's step: its power's steps, and the written step when it is not one.
 * @param steps - the power's steps
 * @param raw - the risk point's step
 * @param locale - the language
 * @returns the options
 */
export function stepOptions(steps: readonly Json[], raw: Json | undefined, locale: Locale): HTMLOptionElement[] {
  const names = steps.map(textOf);
  const current = textOf(raw);
  const options = [h('option', { value: '', selected: current === '' }, word('choose', locale))];
  if (current !== '' && !names.includes(current)) options.push(h('option', { value: current, selected: true }, word('otherValue', locale, { value: current })));
  for (const n of new Set(names)) if (n !== '') options.push(h('option', { value: n, selected: n === current }, n));
  return options;
}

/** The template measures in place on a risk point, each to unmark, and a choice to mark one more. */
function controlsEditor(path: readonly Segment[], rp: JsonObject, place: Readonly<Record<string, string>>, env: EditorEnv): HTMLElement {
  const { locale, library } = env;
  const controlsPath = [...path, 'controls'];
  const controls = listOf(rp['controls']);
  const id = freshId('controls');
  const titleOf = (c: Json): string => {
    const t = typeof c === 'string' ? library.byId.get(c) : undefined;
    return t === undefined ? word('unknownTemplate', locale, { id: textOf(c) }) : templateTitle(t.title, locale, place);
  };
  const chooser = h(
    'select',
    { id, 'data-action': 'add-control', 'data-path': pathText(path), 'aria-describedby': `${id}-problems` },
    h('option', { value: '' }, word('choose', locale)),
    PHASE_LABELS.map((phase) =>
      h(
        'optgroup',
        { label: phase.label[locale] },
        library.templates
          .filter((t) => t.phase === phase.id && !controls.includes(t.id))
          .map((t) => h('option', { value: t.id }, templateTitle(t.title, locale, place))),
      ),
    ),
  );
  return h(
    'div',
    { class: 'field wide controls', 'data-field': pathText(controlsPath) },
    h('span', { class: 'label', id: `${id}-label` }, word('controls', locale)),
    controls.length === 0
      ? h('p', { class: 'hint' }, word('noControls', locale))
      : h(
          'ul',
          { class: 'chips', 'aria-labelledby': `${id}-label` },
          controls.map((c, i) =>
            h(
              'li',
              { 'data-field': pathText([...controlsPath, i]) },
              h('span', {}, titleOf(c)),
              action('remove-control', [...controlsPath, i], '×', { 'aria-label': word('unmark', locale, { title: titleOf(c) }), title: word('unmark', locale, { title: titleOf(c) }) }),
              h('ul', { class: 'problems' }),
            ),
          ),
        ),
    h('label', { for: id, class: 'sub-label' }, word('addControl', locale)),
    chooser,
    h('ul', { class: 'problems', id: `${id}-problems` }),
  );
}

/** The factors an own measure lowers: one check box per factor. */
function lowersEditor(path: readonly Segment[], raw: Json | undefined, locale: Locale): HTMLElement {
  const lowers = listOf(raw);
  const id = freshId('lowers');
  return h(
    'fieldset',
    { class: 'field wide lowers', 'data-field': pathText(path), 'aria-describedby': `${id}-problems` },
    h('legend', {}, word('lowers', locale)),
    h(
      'div',
      { class: 'boxes' },
      FACTOR_IDS.map((f) => {
        const boxId = freshId('lower');
        return h(
          'span',
          { class: 'box' },
          h('input', { type: 'checkbox', id: boxId, 'data-path': pathText(path), 'data-kind': 'lowers', value: f, checked: lowers.includes(f) }),
          h('label', { for: boxId }, FACTORS.find((d) => d.id === f)!.label[locale]),
        );
      }),
    ),
    h('ul', { class: 'problems', id: `${id}-problems` }),
  );
}

/** The unit's own measures of a risk point. */
function ownMeasuresEditor(path: readonly Segment[], rp: JsonObject, place: Readonly<Record<string, string>>, env: EditorEnv): HTMLElement {
  const { locale, library } = env;
  const ownPath = [...path, 'ownMeasures'];
  const own = listOf(rp['ownMeasures']);
  const legendId = freshId('own');
  const templates: Term[] = library.templates.map((t) => ({ id: t.id, label: { 'zh-CN': templateTitle(t.title, 'zh-CN', place), 'zh-TW': templateTitle(t.title, 'zh-TW', place), en: templateTitle(t.title, 'en', place) } }));
  return h(
    'fieldset',
    { class: 'own-measures wide', 'data-field': pathText(ownPath), 'aria-describedby': `${legendId}-problems` },
    h('legend', { id: legendId }, word('ownMeasures', locale)),
    h('ul', { class: 'problems', id: `${legendId}-problems` }),
    own.map((m, j) => {
      const p = [...ownPath, j];
      const o = objectOf(m);
      const name = word('ownMeasureN', locale, { n: j + 1 });
      return h(
        'div',
        { class: 'own', 'data-entity': pathText(p), role: 'group', 'aria-label': name },
        h('h5', {}, name),
        h('ul', { class: 'problems entity-problems' }),
        h(
          'div',
          { class: 'grid' },
          textareaField([...p, 'text'], word('measureText', locale), o['text'], true),
          termField([...p, 'phase'], word('phase', locale), PHASE_LABELS, o['phase'], locale, false),
          termField([...p, 'owner'], word('owner', locale), OWNER_TIER_LABELS, o['owner'], locale, false),
          textField([...p, 'deadline'], word('deadline', locale), o['deadline'], false),
          textField([...p, 'indicator'], word('indicator', locale), o['indicator'], false),
          termField([...p, 'template'], word('adoptsTemplate', locale), templates, o['template'], locale, false),
          lowersEditor([...p, 'lowers'], o['lowers'], locale),
        ),
        moveRemove(p, j, own.length, name, locale),
      );
    }),
    action('add-own', path, word('addOwnMeasure', locale)),
  );
}

/** A risk point: its fields, ratings, controls, own measures, and the slot its results go in. */
function riskPointEditor(path: readonly Segment[], index: number, count: number, post: JsonObject, power: JsonObject, rp: JsonObject, env: EditorEnv): HTMLElement {
  const { locale } = env;
  const factors = objectOf(rp['factors']);
  const postFactors = objectOf(post['factors']);
  const headingId = freshId('rp');
  const place = placeOf(post, power, rp);
  const name = word('riskPointHeading', locale, { n: index + 1 });
  const stepPath = [...path, 'step'];
  const stepControl = h('select', { 'data-path': pathText(stepPath), 'data-kind': 'step', name: 'step', required: true }, stepOptions(listOf(power['steps']), rp['step'], locale));
  return h(
    'article',
    { class: 'rp', 'data-entity': pathText(path), 'data-risk-point-id': textOf(rp['id']), 'aria-labelledby': headingId },
    h('header', {}, h('span', { class: 'badge', 'aria-hidden': 'true' }), h('h4', { id: headingId }, name, ' ', h('span', { class: 'level-text' }))),
    h('ul', { class: 'problems entity-problems' }),
    h(
      'div',
      { class: 'grid' },
      textareaField([...path, 'description'], heading('riskPoint.description', locale), rp['description'], true),
      field({ path: stepPath, label: heading('riskPoint.step', locale), control: stepControl }),
      termField([...path, 'riskCategory'], heading('riskPoint.riskCategory', locale), RISK_CATEGORIES, rp['riskCategory'], locale, true),
      textField([...path, 'id'], heading('riskPoint.id', locale), rp['id'], true),
      checkField([...path, 'priorIncident'], heading('riskPoint.priorIncident', locale), rp['priorIncident']),
    ),
    h(
      'fieldset',
      { class: 'ratings', 'data-field': pathText([...path, 'factors']) },
      h('legend', {}, word('ratings', locale)),
      h('ul', { class: 'problems' }),
      h('div', { class: 'rating-grid' }, FACTOR_IDS.map((f) => ratingField([...path, 'factors', f], f, factors[f], (POST_FACTOR_IDS as readonly string[]).includes(f) ? postFactors[f] : undefined, locale))),
    ),
    h('section', { class: 'results rp-results', 'aria-label': word('labelled', locale, { label: name, text: word('results', locale) }), 'aria-live': 'off' }),
    controlsEditor(path, rp, place, env),
    ownMeasuresEditor(path, rp, place, env),
    moveRemove(path, index, count, name, locale),
  );
}

/** A power: its fields, steps and risk points. */
function powerEditor(path: readonly Segment[], index: number, count: number, post: JsonObject, power: JsonObject, env: EditorEnv): HTMLElement {
  const { locale } = env;
  const headingId = freshId('power');
  const rps = listOf(power['riskPoints']);
  const name = textOf(power['name']) || word('unnamed', locale);
  return h(
    'section',
    { class: 'power', 'data-entity': pathText(path), 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'power-title' }, word('powerHeading', locale, { name })),
    h('ul', { class: 'problems entity-problems' }),
    h(
      'div',
      { class: 'grid' },
      textField([...path, 'name'], heading('power.name', locale), power['name'], true, true),
      termField([...path, 'category'], heading('power.category', locale), POWER_CATEGORIES, power['category'], locale, true),
      textField([...path, 'id'], heading('power.id', locale), power['id'], true),
      checkField([...path, 'majorMatter'], heading('power.majorMatter', locale), power['majorMatter']),
      checkField([...path, 'collectiveDecision'], heading('power.collectiveDecision', locale), power['collectiveDecision']),
      textField([...path, 'legalBasis'], LIST_LABELS.colBasis[locale], power['legalBasis'], false, true),
    ),
    stepsEditor(path, listOf(power['steps']), locale),
    h(
      'div',
      { class: 'rps', 'data-field': pathText([...path, 'riskPoints']) },
      h('ul', { class: 'problems' }),
      rps.map((rp, k) => riskPointEditor([...path, 'riskPoints', k], k, rps.length, post, power, objectOf(rp), env)),
    ),
    h('div', { class: 'add-row' }, action('add-rp', path, word('addRiskPoint', locale))),
    moveRemove(path, index, count, name, locale),
  );
}

/** The post's title as its summary line shows it. */
export function postTitle(post: JsonObject, locale: Locale): string {
  const name = textOf(post['name']) || word('unnamed', locale);
  const department = textOf(post['department']);
  return department === '' ? name : `${department} · ${name}`;
}

/** How many powers and risk points a post has, as its summary line says. */
export function postCounts(post: JsonObject, locale: Locale): string {
  const powers = listOf(post['powers']);
  const riskPoints = powers.reduce<number>((n, p) => n + listOf(objectOf(p)['riskPoints']).length, 0);
  return word('postSummary', locale, { powers: powers.length, riskPoints });
}

/** A post, folded to its summary line until opened. */
function postEditor(index: number, count: number, post: JsonObject, env: EditorEnv, open: boolean): HTMLElement {
  const { locale } = env;
  const path = ['posts', index];
  const powers = listOf(post['powers']);
  const factors = objectOf(post['factors']);
  const name = textOf(post['name']) || word('unnamed', locale);
  return h(
    'details',
    { class: 'post', 'data-entity': pathText(path), 'data-post-id': textOf(post['id']), open },
    h(
      'summary',
      {},
      h('span', { class: 'badge', 'aria-hidden': 'true' }),
      h('span', { class: 'post-title' }, postTitle(post, locale)),
      h('span', { class: 'level-text' }),
      h('span', { class: 'post-counts' }, postCounts(post, locale)),
      h('span', { class: 'problem-count' }),
    ),
    h(
      'div',
      { class: 'post-body' },
      h('ul', { class: 'problems entity-problems' }),
      h(
        'div',
        { class: 'grid' },
        textField([...path, 'name'], heading('post.name', locale), post['name'], true),
        textField([...path, 'department'], heading('post.department', locale), post['department'], true),
        termField([...path, 'rank'], heading('post.rank', locale), RANKS, post['rank'], locale, true, RANK_ALIASES),
        textField([...path, 'id'], heading('post.id', locale), post['id'], true),
        field({ path: [...path, 'tenureYears'], label: heading('post.tenureYears', locale), control: input([...path, 'tenureYears'], 'number', post['tenureYears'], { type: 'number', min: '0', step: 'any', inputmode: 'decimal' }) }),
        textField([...path, 'holder'], heading('post.holder', locale), post['holder'], false),
        field({ path: [...path, 'holderSince'], label: heading('post.holderSince', locale), control: input([...path, 'holderSince'], 'opt-text', post['holderSince'], { type: 'date' }) }),
      ),
      h(
        'fieldset',
        { class: 'ratings post-ratings', 'data-field': pathText([...path, 'factors']) },
        h('legend', {}, word('postRatings', locale)),
        h('ul', { class: 'problems' }),
        h('div', { class: 'rating-grid' }, POST_FACTOR_IDS.map((f) => ratingField([...path, 'factors', f], f, factors[f], undefined, locale))),
      ),
      h('section', { class: 'results post-results', 'aria-label': word('labelled', locale, { label: name, text: word('results', locale) }), 'aria-live': 'off' }),
      h(
        'div',
        { class: 'powers', 'data-field': pathText([...path, 'powers']) },
        h('ul', { class: 'problems' }),
        powers.map((p, i) => powerEditor([...path, 'powers', i], i, powers.length, post, objectOf(p), env)),
      ),
      h('div', { class: 'add-row' }, action('add-power', path, word('addPower', locale))),
      moveRemove(path, index, count, name, locale),
    ),
  );
}

/**
 * The whole editor.
 * @param doc - the document as the user writes it
 * @param env - the language and library
 * @param open - the ids of the posts shown open
 * @returns its content
 */
export function editorContent(doc: JsonObject, env: EditorEnv, open: ReadonlySet<string>): Child[] {
  const { locale } = env;
  const posts = listOf(doc['posts']);
  return [
    organizationSection(doc, locale),
    h(
      'section',
      { class: 'posts', 'data-field': 'posts', 'aria-labelledby': 'posts-heading' },
      h('h2', { id: 'posts-heading' }, word('postsSection', locale)),
      h('ul', { class: 'problems' }),
      posts.length === 0 ? h('p', { class: 'empty' }, word('noPosts', locale)) : null,
      posts.map((p, i) => postEditor(i, posts.length, objectOf(p), env, open.has(textOf(objectOf(p)['id'])))),
      h('div', { class: 'add-row' }, action('add-post', [], word('addPost', locale))),
    ),
  ];
}
