/**
 * Checks that every control a document lists names a template of the measure library. A control
 * the library does not know still counts as written, but it lowers no factor and is not shown as
 * in place, so the author most likely mistyped it: a warning, never an error.
 */
import { fillAll, type LocalizedText } from '../i18n/locale.js';
import type { OrganizationDocument } from '../model/document.js';
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
  const out: Problem[] = [];
  let ids: string[] | undefined;
  // Each unknown id is compared with the library once, however often it recurs.
  const hints = new Map<string, LocalizedText>();
  const check = (id: string, path: () => string): void => {
    if (library.byId.has(id)) return;
    let hint = hints.get(id);
    if (hint === undefined) {
      ids ??= library.templates.map((t) => t.id);
      const suggestion = suggest(id, ids);
      hint = suggestion === undefined ? NO_HINT : fillAll(SUGGESTION_HINT, { suggestion });
      hints.set(id, hint);
    }
    out.push(problem('warning', 'unknown-control', path(), PROBLEM_MESSAGES['unknown-control'], { id, hint }));
  };
  doc.posts.forEach((post, i) => {
    post.powers.forEach((power, j) => {
      power.riskPoints.forEach((rp, k) => {
        const at = (): string => joinPath(joinPath(joinPath(joinPath(joinPath('posts', i), 'powers'), j), 'riskPoints'), k);
        rp.controls.forEach((id, c) => check(id, () => joinPath(joinPath(at(), 'controls'), c)));
        // A template an own measure adopts is checked the same way: a typo there lowers nothing either.
        rp.ownMeasures?.forEach((m, c) => {
          if (m.template !== undefined) check(m.template, () => joinPath(joinPath(joinPath(at(), 'ownMeasures'), c), 'template'));
        });
      });
    });
  });
  return out;
}
