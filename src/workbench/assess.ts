/**
 * Grading the document as it stands, with the library alone: validate it, check its controls,
 * build the catalog with the chosen options, and ask what-if of every risk point and post (over
 * ratings, power flags and library measures). The
 * same calls the command line makes, so the page shows what `integrity-risk catalog` would write.
 */
import {
  buildCatalog,
  checkControls,
  DEFAULT_LIBRARY,
  EXAMPLE_MODELS,
  resolveTemplates,
  validateDocument,
  validateFindingSettings,
  validateModel,
  whatIfChanges,
  whatIfPostChanges,
  type Catalog,
  type CatalogOptions,
  type CatalogPost,
  type CatalogRiskPoint,
  type FindingSettings,
  type OrganizationDocument,
  type Problem,
  type ScoringModel,
  type TemplateLibrary,
  type UnitWhatIf,
} from '../index.js';
import type { Json } from './paths.js';
import type { LoadedFile, WorkState } from './store.js';

/** The catalog options of the state, and the library they use. */
export interface ChosenOptions {
  /** What to pass to the catalog. */
  readonly options: CatalogOptions;
  /** The template library in use. */
  readonly library: TemplateLibrary;
  /** The model in use. */
  readonly model: ScoringModel;
}

/**
 * The options the state chooses. Option files were checked when loaded; one that no longer passes
 * (a file kept by an older page) is left out, as if never loaded.
 * @param state - the state
 * @returns the options
 */
export function chosenOptions(state: WorkState): ChosenOptions {
  const model = modelOf(state.model) ?? EXAMPLE_MODELS['default']!;
  const library = templatesOf(state.templates) ?? DEFAULT_LIBRARY;
  const findingSettings = settingsOf(state.settings);
  const options: CatalogOptions = {
    model,
    ...(library === DEFAULT_LIBRARY ? {} : { templates: library }),
    ...(findingSettings === undefined ? {} : { findingSettings }),
    ...(state.asOf === undefined ? {} : { asOf: state.asOf }),
    ...(state.suggestRatings ? { suggestRatings: true } : {}),
  };
  return { options, library, model };
}

/**
 * The model a state's choice names.
 * @param choice - a shipped id or a file
 * @returns the model, or undefined when the file does not pass
 */
export function modelOf(choice: string | LoadedFile): ScoringModel | undefined {
  if (typeof choice === 'string') return Object.hasOwn(EXAMPLE_MODELS, choice) ? EXAMPLE_MODELS[choice] : undefined;
  const checked = validateModel(choice.value);
  return checked.ok ? checked.value : undefined;
}

function templatesOf(file: LoadedFile | undefined): TemplateLibrary | undefined {
  if (file === undefined) return undefined;
  const checked = resolveTemplates(file.value);
  return checked.ok ? checked.value : undefined;
}

function settingsOf(file: LoadedFile | undefined): FindingSettings | undefined {
  if (file === undefined) return undefined;
  const checked = validateFindingSettings(file.value);
  return checked.ok ? checked.value : undefined;
}

/** The document graded. */
export interface Assessment {
  /** Every problem of the document, errors first as the validator orders them, then the controls' warnings. */
  readonly problems: readonly Problem[];
  /** The validated document, when it has no error. */
  readonly doc?: OrganizationDocument;
  /** The catalog, when the document has no error. */
  readonly catalog?: Catalog;
  /** The catalog's risk points by id. */
  readonly riskPoints: ReadonlyMap<string, CatalogRiskPoint>;
  /** The catalog's posts by id. */
  readonly posts: ReadonlyMap<string, CatalogPost>;
  /** What-if of each risk point, by id: the smallest change of a rating, a flag or a measure that moves its level. */
  readonly whatIf: ReadonlyMap<string, UnitWhatIf>;
  /** What-if of each post, by id. */
  readonly postWhatIf: ReadonlyMap<string, UnitWhatIf>;
}

/**
 * Grades the document.
 * @param doc - the document as the user writes it
 * @param chosen - the options
 * @returns the problems, and the catalog and what-ifs when the document has no error
 */
export function assess(doc: Json, chosen: ChosenOptions): Assessment {
  const checked = validateDocument(doc);
  if (!checked.ok) return { problems: checked.problems, riskPoints: new Map(), posts: new Map(), whatIf: new Map(), postWhatIf: new Map() };
  const valid = checked.value;
  const problems = [...checked.problems, ...checkControls(valid, chosen.library)];
  const catalog = buildCatalog(valid, chosen.options);
  const riskPoints = new Map<string, CatalogRiskPoint>();
  const posts = new Map<string, CatalogPost>();
  for (const post of catalog.posts) {
    posts.set(post.id, post);
    for (const power of post.powers) for (const rp of power.riskPoints) riskPoints.set(rp.id, rp);
  }
  const scoring = { model: chosen.model, templates: chosen.library };
  const whatIfs = new Map<string, UnitWhatIf>();
  const postWhatIfs = new Map<string, UnitWhatIf>();
  for (const post of valid.posts) {
    postWhatIfs.set(post.id, whatIfPostChanges(post, scoring));
    for (const power of post.powers) for (const rp of power.riskPoints) whatIfs.set(rp.id, whatIfChanges(post, power, rp, scoring));
  }
  return { problems, doc: valid, catalog, riskPoints, posts, whatIf: whatIfs, postWhatIf: postWhatIfs };
}
