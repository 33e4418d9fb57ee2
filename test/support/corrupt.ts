/**
 * Valid documents as people write them (labels instead of ids, defaults left out) and planted
 * corruptions with the problem each must produce, for the validator's and the schema's properties.
 */
import fc from 'fast-check';
import type { OrganizationDocument } from '../../src/model/document.js';
import { POWER_CATEGORIES, RANKS, RISK_CATEGORIES, type Term } from '../../src/model/enums.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { documentArb } from './arbitraries.js';

type Json = Record<string, unknown>;

/** A deep copy of JSON data, free to change. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function spell(table: readonly Term[], id: string, choice: number): string {
  if (choice === 0) return id;
  const term = table.find((t) => t.id === id)!;
  return term.label[LOCALES[(choice - 1) % LOCALES.length]!];
}

/**
 * A normalized document rewritten as an author might write it: vocabulary values as ids or
 * labels in any locale, and fields equal to their defaults sometimes left out. Validating the
 * input must give back the normalized document.
 */
export const inputFormArb: fc.Arbitrary<{ normalized: OrganizationDocument; input: Json }> = documentArb.chain(
  (normalized) =>
    fc.infiniteStream(fc.nat({ max: 3 })).map((choices) => {
      const next = (): number => choices.next().value as number;
      const input = clone(normalized) as unknown as Json;
      const dropDefault = (o: Json, key: string, isDefault: boolean): void => {
        if (isDefault && next() % 2 === 0) delete o[key];
      };
      for (const post of input['posts'] as Json[]) {
        post['rank'] = spell(RANKS, post['rank'] as string, next());
        dropDefault(post, 'factors', Object.keys(post['factors'] as Json).length === 0);
        for (const power of post['powers'] as Json[]) {
          power['category'] = spell(POWER_CATEGORIES, power['category'] as string, next());
          dropDefault(power, 'majorMatter', power['majorMatter'] === false);
          dropDefault(power, 'collectiveDecision', power['collectiveDecision'] === false);
          for (const rp of power['riskPoints'] as Json[]) {
            rp['riskCategory'] = spell(RISK_CATEGORIES, rp['riskCategory'] as string, next());
            dropDefault(rp, 'priorIncident', rp['priorIncident'] === false);
            dropDefault(rp, 'controls', (rp['controls'] as unknown[]).length === 0);
          }
        }
      }
      return { normalized, input };
    }),
);

/** A place in a document that can be corrupted. */
interface Entity {
  readonly kind: 'post' | 'power' | 'riskPoint';
  readonly path: string;
  readonly value: Json;
}

function entitiesOf(doc: Json): Entity[] {
  const out: Entity[] = [];
  (doc['posts'] as Json[]).forEach((post, i) => {
    const postPath = `posts[${i}]`;
    out.push({ kind: 'post', path: postPath, value: post });
    (post['powers'] as Json[]).forEach((power, j) => {
      const powerPath = `${postPath}.powers[${j}]`;
      out.push({ kind: 'power', path: powerPath, value: power });
      (power['riskPoints'] as Json[]).forEach((rp, k) => {
        out.push({ kind: 'riskPoint', path: `${powerPath}.riskPoints[${k}]`, value: rp });
      });
    });
  });
  return out;
}

const REQUIRED: Record<Entity['kind'], readonly string[]> = {
  post: ['id', 'name', 'department', 'rank', 'tenureYears', 'powers'],
  power: ['id', 'name', 'category', 'steps', 'riskPoints'],
  riskPoint: ['id', 'description', 'step', 'riskCategory', 'factors'],
};

/** A value of the wrong JSON type for each field. */
const WRONG: Record<string, unknown> = {
  id: 42,
  name: true,
  department: ['财务科'],
  rank: 3,
  tenureYears: '3',
  powers: {},
  category: null,
  steps: '受理',
  riskPoints: 'none',
  description: { text: 'x' },
  step: 1,
  riskCategory: false,
  factors: [3],
};

/** What a corruption does; `structural` ones are also rejected by the JSON Schema. */
export type CorruptionKind =
  | 'drop-required'
  | 'wrong-type'
  | 'rating-out-of-range'
  | 'duplicate-id'
  | 'unknown-enum'
  | 'unknown-factor'
  | 'too-long'
  | 'forbidden-key'
  | 'empty-string';

/** Corruptions that only the validator can see (a JSON Schema cannot express them). */
export const SEMANTIC_KINDS: readonly CorruptionKind[] = ['duplicate-id'];

/** A planted corruption and the error it must produce. */
export interface Planted {
  readonly kind: CorruptionKind;
  readonly path: string;
  readonly code: string;
}

interface Plan {
  readonly kind: CorruptionKind;
  readonly target: number;
  readonly choice: number;
}

function plant(doc: Json, entity: Entity, plan: Plan): Planted {
  const e = entity.value;
  const fields = REQUIRED[entity.kind];
  const field = fields[plan.choice % fields.length]!;
  switch (plan.kind) {
    case 'drop-required':
      delete e[field];
      return { kind: plan.kind, path: `${entity.path}.${field}`, code: 'missing-field' };
    case 'wrong-type':
      e[field] = WRONG[field];
      return { kind: plan.kind, path: `${entity.path}.${field}`, code: 'wrong-type' };
    case 'rating-out-of-range': {
      const values = [0, 6, -1, 100, 2.5];
      const value = values[plan.choice % values.length]!;
      if (entity.kind === 'post') {
        (e['factors'] = { ...(e['factors'] as Json) })['importance'] = value;
        return { kind: plan.kind, path: `${entity.path}.factors.importance`, code: Number.isInteger(value) ? 'out-of-range' : 'not-an-integer' };
      }
      if (entity.kind === 'riskPoint') {
        (e['factors'] = { ...(e['factors'] as Json) })['harm'] = value;
        return { kind: plan.kind, path: `${entity.path}.factors.harm`, code: Number.isInteger(value) ? 'out-of-range' : 'not-an-integer' };
      }
      e['name'] = 7; // a power has no ratings: fall back to a type error
      return { kind: 'wrong-type', path: `${entity.path}.name`, code: 'wrong-type' };
    }
    case 'duplicate-id':
      e['id'] = ((doc['posts'] as Json[])[0] as Json)['id'];
      return { kind: plan.kind, path: `${entity.path}.id`, code: 'duplicate-id' };
    case 'unknown-enum': {
      const key = entity.kind === 'post' ? 'rank' : entity.kind === 'power' ? 'category' : 'riskCategory';
      e[key] = 'no-such-value';
      return { kind: plan.kind, path: `${entity.path}.${key}`, code: 'unknown-value' };
    }
    case 'unknown-factor': {
      if (entity.kind === 'power') {
        // A power has no ratings: repeat a step instead.
        const steps = e['steps'] as string[];
        e['steps'] = [...steps, steps[0]!];
        return { kind: plan.kind, path: `${entity.path}.steps[${steps.length}]`, code: 'duplicate-item' };
      }
      (e['factors'] = { ...(e['factors'] as Json) })['fundLinkages'] = 3;
      return { kind: plan.kind, path: `${entity.path}.factors.fundLinkages`, code: 'unknown-factor' };
    }
    case 'too-long': {
      const key = entity.kind === 'riskPoint' ? 'description' : 'name';
      e[key] = 'x'.repeat(2001 + (plan.choice % 50));
      return { kind: plan.kind, path: `${entity.path}.${key}`, code: 'too-long' };
    }
    case 'forbidden-key': {
      // As JSON.parse would make it: an own property named like the prototype key.
      const key = ['__proto__', 'constructor', 'prototype'][plan.choice % 3]!;
      Object.defineProperty(e, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      return { kind: plan.kind, path: `${entity.path}.${key}`, code: 'forbidden-key' };
    }
    case 'empty-string': {
      const key = entity.kind === 'riskPoint' ? 'description' : 'name';
      e[key] = [' ', '', '\n\t'][plan.choice % 3];
      return { kind: plan.kind, path: `${entity.path}.${key}`, code: 'empty-string' };
    }
  }
}

const ALL_KINDS: readonly CorruptionKind[] = [
  'drop-required',
  'wrong-type',
  'rating-out-of-range',
  'duplicate-id',
  'unknown-enum',
  'unknown-factor',
  'too-long',
  'forbidden-key',
  'empty-string',
];

/**
 * A valid document with 1 to `max` corruptions planted in distinct entities (none inside another,
 * and never in `posts[0]`, whose id is the one duplicated), and the errors they must produce.
 * @param kinds - which corruptions to draw
 * @param max - most corruptions in one document
 */
export function corruptedArb(
  kinds: readonly CorruptionKind[] = ALL_KINDS,
  max = 4,
): fc.Arbitrary<{ input: Json; planted: readonly Planted[] }> {
  const planArb = fc.record({ kind: fc.constantFrom(...kinds), target: fc.nat(), choice: fc.nat() });
  return fc
    .tuple(documentArb, fc.array(planArb, { minLength: 1, maxLength: max }))
    .map(([doc, plans]) => {
      const input = clone(doc) as unknown as Json;
      const entities = entitiesOf(input).filter((e) => e.path !== 'posts[0]');
      const chosen: { entity: Entity; plan: Plan }[] = [];
      for (const plan of plans) {
        if (entities.length === 0) break;
        const entity = entities[plan.target % entities.length]!;
        const related = chosen.some(
          (c) => c.entity.path === entity.path || c.entity.path.startsWith(`${entity.path}.`) || entity.path.startsWith(`${c.entity.path}.`),
        );
        if (!related) chosen.push({ entity, plan });
      }
      const planted = chosen.map(({ entity, plan }) => plant(input, entity, plan));
      return { input, planted };
    })
    .filter(({ planted }) => planted.length > 0);
}
