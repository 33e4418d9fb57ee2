/**
 * Picking templates out of a library by phase, kind and power category, e.g. for listing them.
 */
import type { Phase, PowerCategory } from '../model/enums.js';
import { DEFAULT_LIBRARY, type TemplateLibrary } from './library.js';
import type { MeasureKind, MeasureTemplate } from './types.js';

/** What to keep; every filter given must hold. */
export interface TemplateFilter {
  /** Only templates of this phase. */
  readonly phase?: Phase;
  /** Only templates of this kind. */
  readonly kind?: MeasureKind;
  /**
   * Only templates that can apply to a power of this category: those whose triggers name it, and
   * those with no category condition (they apply to every category).
   */
  readonly category?: PowerCategory;
}

/**
 * The templates of a library that pass a filter, in library order.
 * @param filter - phase, kind and category; all optional
 * @param library - the library (the built-in one by default)
 * @returns the matching templates
 * @example
 * filterTemplates({ phase: 'during', category: 'procurement' }).map((t) => t.id)
 */
export function filterTemplates(filter: TemplateFilter, library: TemplateLibrary = DEFAULT_LIBRARY): MeasureTemplate[] {
  const { phase, kind, category } = filter;
  return library.templates.filter(
    (t) =>
      (phase === undefined || t.phase === phase) &&
      (kind === undefined || t.kind === kind) &&
      (category === undefined || t.triggers.categories === undefined || t.triggers.categories.includes(category)),
  );
}
