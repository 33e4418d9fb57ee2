/**
 * Checks that every control a document lists names a template of the measure library. A control
 * the library does not know still counts as written, but it lowers no factor and is not shown as
 * in place, so the author most likely mistyped it: a warning, never an error.
 */
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import type { OrganizationDocument, Post } from '../model/document.js';
import { joinPath, problem, type Problem } from '../validate/problem.js';
import { suggest } from '../validate/suggest.js';
import { PROBLEM_MESSAGES, SUGGESTION_HINT } from '../validate/messages.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';

const NO_HINT: LocalizedText = { 'zh-CN': '', 'zh-TW': '', en: '' };

/**
 * Lists, as warnings, the `controls` of a document's risk points, and the `template` of their own
 * measures, that name no template of the library, with their paths (`posts[0].powers[1].riskPoints[2].controls[0]`) and the nearest
 * template id when one is close. Never throws; the document is not changed.
 * @param doc - a validated document
 * @param library - the template library in use (the built-in one by default)
 * @returns one warning with code `unknown-control` per unknown entry, in document order
 * @example
 * checkControls(doc) // [{ severity: 'warning', code: 'unknown-control', path: 'posts[0].powers[0].riskPoints[0].controls[1]', … }]
 */
export function checkControls(doc: OrganizationDocument, library: TemplateLibrary = DEFAULT_LIBRARY): Problem[] {
  const checker = new ControlChecker(library);
  doc.posts.forEach((post, i) => checker.post(post, i));
  return checker.problems;
}

/**
 * {@link checkControls} one post at a time, for a document read post by post: the same warnings
 * in the same order.
 */
export class ControlChecker {
  /** The warnings so far, in document order. */
  readonly problems: Problem[] = [];
  private ids: string[] | undefined;
  // Each unknown id is compared with the library once, however often it recurs.
  private readonly hints = new Map<string, LocalizedText>();

  /**
   * @param library - the template library in use
   */
  constructor(private readonly library: TemplateLibrary = DEFAULT_LIBRARY) {}

  private check(id: string, path: () => string): void {
    if (this.library.byId.has(id)) return;
    let hint = this.hints.get(id);
    if (hint === undefined) {
      this.ids ??= this.library.templates.map((t) => t.id);
      const suggestion = suggest(id, this.ids);
      hint = suggestion === undefined ? NO_HINT : fillAll(SUGGESTION_HINT, { suggestion });
      this.hints.set(id, hint);
    }
    this.problems.push(problem('warning', 'unknown-control', path(), PROBLEM_MESSAGES['unknown-control'], { id, hint }));
  }

  /**
   * Checks one post's controls and its own measures' templates.
   * @param post - the post
   * @param i - its index in the document
   */
  post(post: Post, i: number): void {
    post.powers.forEach((power, j) => {
      power.riskPoints.forEach((rp, k) => {
        const at = (): string => joinPath(joinPath(joinPath(joinPath(joinPath('posts', i), 'powers'), j), 'riskPoints'), k);
        rp.controls.forEach((id, c) => this.check(id, () => joinPath(joinPath(at(), 'controls'), c)));
        // A template an own measure adopts is checked the same way: a typo there lowers nothing either.
        rp.ownMeasures?.forEach((m, c) => {
          if (m.template !== undefined) this.check(m.template, () => joinPath(joinPath(joinPath(at(), 'ownMeasures'), c), 'template'));
        });
      });
    });
  }
}
