/**
 * A TypeDoc plugin: puts every export of src/index.ts in the category of its stage (Document,
 * Scoring, …), so the API documentation is grouped as src/index.ts and the README list it.
 */
import { fileURLToPath } from 'node:url';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import { apiExports } from './api-stages.mjs';

/** @param {import('typedoc').Application} app */
export function load(app) {
  const stageOf = new Map(apiExports(fileURLToPath(new URL('../src/index.ts', import.meta.url))).map((e) => [e.name, e.stage]));
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      for (const reflection of context.project.children ?? []) {
        const stage = stageOf.get(reflection.name);
        if (stage === undefined || !reflection.kindOf(ReflectionKind.SomeExport)) continue;
        reflection.comment ??= new Comment();
        reflection.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: stage }]));
      }
    },
    // Before TypeDoc's own category plugin (-200) reads the tags.
    100,
  );
}
