/** One export of the entry point. */
export interface ApiExport {
  /** The stage it is listed under. */
  readonly stage: string;
  /** The exported name. */
  readonly name: string;
  /** True for a type-only export. */
  readonly type: boolean;
  /** The module it comes from. */
  readonly from: string;
}
/** The stages, in the order the API lists them. */
export declare const STAGES: readonly string[];
/** The exported names of an entry point, by stage. */
export declare function apiExports(file: string): ApiExport[];
