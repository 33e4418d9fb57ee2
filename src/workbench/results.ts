/**
 * What the library says about the document, as the page shows it: each risk point's and post's
 * levels, scores, explanation, what-if, measures, findings and early warning, and the overview.
 * Every sentence here is the library's (catalog texts, vocabulary labels); the page adds only its
 * headings from its word table.
 */
import {
  FINDING_TITLES,
  LEVELS,
  MEASURE_STATUS_LABELS,
  OWNER_TIER_LABELS,
  PHASE_LABELS,
  WARNING_SIGNAL_LABELS,
  WARNING_TIER_LABELS,
  type Catalog,
  type CatalogPost,
  type CatalogRiskPoint,
  type Level,
  type Locale,
  type OwnMeasure,
  type SelectedMeasure,
  type UnitWhatIf,
} from '../index.js';
import { h, type Child } from './dom.js';
import { pathText, type Segment } from './paths.js';
import { word } from './words.js';

/** A level's label (高, 中, 低) in a locale. */
export function levelLabel(level: Level, locale: Locale): string {
  return LEVELS.find((l) => l.id === level)!.label[locale];
}

/** A level as a phrase (高风险). */
export function levelPhrase(level: Level, locale: Locale): string {
  return word('levelIs', locale, { level: levelLabel(level, locale) });
}

/** A score as shown: at most two decimals. */
function score(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function termText(table: readonly { readonly id: string; readonly label: Readonly<Record<Locale, string>> }[], id: string | undefined, locale: Locale): string {
  return id === undefined ? '' : (table.find((t) => t.id === id)?.label[locale] ?? id);
}

/** The inherent and residual level line. */
function levelLine(x: { level: Level; score: number; residualLevel: Level; residualScore: number }, locale: Locale): HTMLElement {
  return h(
    'p',
    { class: 'level-line' },
    word('levelLine', locale, { level: levelLabel(x.level, locale), score: score(x.score), residual: levelLabel(x.residualLevel, locale), residualScore: score(x.residualScore) }),
  );
}

function labelled(label: string, text: string, className: string, locale: Locale): HTMLElement {
  return h('p', { class: className }, h('strong', {}, word('labelOnly', locale, { label })), text);
}

/**
 * The what-if sentence; on a risk point, the measure that would lower its residual level most can
 * be put in place from here.
 */
function whatIfLine(what: UnitWhatIf, locale: Locale, rpPath: readonly Segment[] | undefined): HTMLElement {
  const best = what.bestMeasure?.change;
  const line = labelled(word('whatIf', locale), what.text[locale], 'what-if', locale);
  if (rpPath !== undefined && best !== undefined && best.kind === 'measure') {
    line.append(
      ' ',
      h(
        'button',
        { type: 'button', class: 'action mark-control', 'data-action': 'mark-control', 'data-path': pathText(rpPath), 'data-value': best.templateId, 'aria-label': word('labelled', locale, { label: word('markInPlace', locale), text: best.title[locale] }) },
        word('markBestInPlace', locale),
      ),
    );
  }
  return line;
}

/** One of the unit's own measures, as the catalog lists it first. */
function ownMeasureItem(m: OwnMeasure, locale: Locale): HTMLElement {
  const meta = [termText(PHASE_LABELS, m.phase, locale), termText(OWNER_TIER_LABELS, m.owner, locale), m.deadline ?? ''].filter((x) => x !== '').join(' · ');
  return h('li', { class: 'own' }, h('span', { class: 'tag own-tag' }, word('ownMeasureTag', locale)), ' ', m.text, meta === '' ? null : h('span', { class: 'meta' }, word('inParens', locale, { text: meta })));
}

/** A template measure: status, phase, title, owner, its sentence; a proposal can be marked in place. */
function measureItem(m: SelectedMeasure, locale: Locale, rpPath: readonly Segment[]): HTMLElement {
  const status = MEASURE_STATUS_LABELS[m.status][locale];
  return h(
    'li',
    { class: m.status },
    h('span', { class: `tag ${m.status}` }, status),
    ' ',
    h('span', { class: 'phase' }, termText(PHASE_LABELS, m.phase, locale)),
    ' ',
    h('strong', {}, m.title[locale]),
    h('span', { class: 'meta' }, ` · ${termText(OWNER_TIER_LABELS, m.owner, locale)}`),
    m.text[locale] === '' ? null : h('span', { class: 'measure-text' }, m.text[locale]),
    m.status === 'proposed'
      ? h(
          'button',
          { type: 'button', class: 'action mark-control', 'data-action': 'mark-control', 'data-path': pathText(rpPath), 'data-value': m.templateId, 'aria-label': word('labelled', locale, { label: word('markInPlace', locale), text: m.title[locale] }) },
          word('markInPlace', locale),
        )
      : null,
  );
}

/**
 * The results of a risk point.
 * @param rp - its catalog entry, when graded
 * @param what - its what-if
 * @param locale - the language
 * @param rpPath - its path, for the buttons that mark a measure in place
 * @param measuresOpen - whether its list of measures is shown unfolded
 * @returns the content of its results slot
 */
export function riskPointResults(rp: CatalogRiskPoint | undefined, what: UnitWhatIf | undefined, locale: Locale, rpPath: readonly Segment[], measuresOpen: boolean): Child[] {
  if (rp === undefined) return [h('p', { class: 'hint' }, word('notAssessed', locale))];
  return [
    levelLine(rp, locale),
    rp.explanation.text[locale] === '' ? null : labelled(word('explanation', locale), rp.explanation.text[locale], 'explanation', locale),
    what === undefined ? null : whatIfLine(what, locale, rpPath),
    h(
      'details',
      { class: 'rp-measures', open: measuresOpen },
      h(
        'summary',
        {},
        word('measuresSummary', locale, {
          own: rp.ownMeasures.length,
          inPlace: rp.measures.filter((m) => m.status === 'in-place').length,
          proposed: rp.measures.filter((m) => m.status === 'proposed').length,
        }),
      ),
      h('ol', { class: 'measures' }, rp.ownMeasures.map((m) => ownMeasureItem(m, locale)), rp.measures.map((m) => measureItem(m, locale, rpPath))),
    ),
  ];
}

/**
 * The results of a post.
 * @param post - its catalog entry, when graded
 * @param what - its what-if
 * @param locale - the language
 * @param measuresOpen - whether its merged measures are shown unfolded
 * @returns the content of its results slot
 */
export function postResults(post: CatalogPost | undefined, what: UnitWhatIf | undefined, locale: Locale, measuresOpen: boolean): Child[] {
  if (post === undefined) return [h('p', { class: 'hint' }, word('notAssessed', locale))];
  const w = post.warning;
  const signals = w.signals.map((sg) => termText(WARNING_SIGNAL_LABELS, sg, locale)).join(word('listComma', locale));
  const warning = word('warningLine', locale, {
    tier: WARNING_TIER_LABELS[w.tier][locale],
    owner: termText(OWNER_TIER_LABELS, w.owner, locale),
    days: w.reviewCycleDays,
    next: w.nextReviewOn === undefined ? '' : word('nextReview', locale, { date: w.nextReviewOn }),
    signals: signals === '' ? '' : word('warningSignals', locale, { list: signals }),
  });
  return [
    h('h4', {}, word('results', locale), post.keyPost ? h('span', { class: 'tag key-post' }, word('keyPost', locale)) : null),
    levelLine(post, locale),
    h('p', { class: `warning tier-${w.tier}` }, warning),
    labelled(word('explanation', locale), post.explanation.text[locale], 'explanation', locale),
    what === undefined ? null : whatIfLine(what, locale, undefined),
    h('h5', {}, word('findings', locale)),
    post.findings.length === 0
      ? h('p', { class: 'hint' }, word('noFindings', locale))
      : h('ul', { class: 'findings' }, post.findings.map((f) => h('li', {}, h('strong', {}, word('labelOnly', locale, { label: FINDING_TITLES[f.code][locale] })), f.message[locale]))),
    h(
      'details',
      { class: 'post-measures', open: measuresOpen },
      h('summary', {}, word('postMeasures', locale)),
      // The measures of the whole post (education, talks, reports, rotation, audit), listed once.
      post.postMeasures.length === 0
        ? null
        : [
            h('h6', {}, word('postWideMeasures', locale)),
            h('ul', { class: 'post-wide' }, post.postMeasures.map((m) => h('li', {}, h('span', { class: `tag ${m.status}` }, MEASURE_STATUS_LABELS[m.status][locale]), ' ', m.title[locale]))),
          ],
      PHASE_LABELS.map((phase) => {
        const ms = post.measures.filter((m) => m.phase === phase.id);
        return ms.length === 0
          ? null
          : [h('h6', {}, phase.label[locale]), h('ul', {}, ms.map((m) => h('li', {}, h('span', { class: `tag ${m.status}` }, MEASURE_STATUS_LABELS[m.status][locale]), ' ', m.title[locale])))];
      }),
    ),
  ];
}

/** A level count table: rows high, medium, low; one column per count. */
function levelTable(columns: readonly { readonly head: string; readonly counts: Readonly<Record<Level, number>> }[], locale: Locale): HTMLElement {
  return h(
    'table',
    { class: 'counts' },
    h('thead', {}, h('tr', {}, h('td', {}), columns.map((c) => h('th', { scope: 'col' }, c.head)))),
    h(
      'tbody',
      {},
      (['high', 'medium', 'low'] as const).map((l) =>
        h('tr', { 'data-level': l }, h('th', { scope: 'row' }, h('span', { class: 'badge', 'data-level': l, 'aria-hidden': 'true' }), levelLabel(l, locale)), columns.map((c) => h('td', {}, String(c.counts[l])))),
      ),
    ),
  );
}

/**
 * The overview of a graded catalog: counts, levels, key posts, findings, the model.
 * @param catalog - the catalog
 * @param locale - the language
 * @returns the content
 */
export function overview(catalog: Catalog, locale: Locale): Child[] {
  const s = catalog.summary;
  return [
    h('p', {}, word('counts', locale, { posts: s.posts, powers: s.powers, riskPoints: s.riskPoints })),
    levelTable(
      [
        { head: word('postsByLevel', locale), counts: s.postsByLevel },
        { head: `${word('byLevel', locale)}${word('inParens', locale, { text: word('inherent', locale) })}`, counts: s.riskPointsByLevel },
        { head: `${word('byLevel', locale)}${word('inParens', locale, { text: word('residual', locale) })}`, counts: s.residualRiskPointsByLevel },
      ],
      locale,
    ),
    h('p', {}, word('keyPosts', locale, { n: s.keyPosts.length }), word('listJoin', locale), word('findingsCount', locale, { n: catalog.findings.length })),
    h('p', { class: 'hint' }, word('labelled', locale, { label: word('model', locale), text: catalog.model.name[locale] })),
  ];
}
