/**
 * Who is above a post (DOMAIN.md, "Who is responsible above whom"): a staff post answers to its
 * 部门负责人, a section head to the 分管领导, a deputy to the 主要负责人, the principal to the discipline
 * body above the unit (上级纪委、派驻纪检监察组). Nobody supervises himself. This one table serves every
 * place that names who must act on a post: its early warning and the actor of its measures.
 */
import type { OwnerTier, Rank } from '../model/enums.js';
import { OWN_TIER } from './actor.js';

/** The tier directly above each rank: never the post itself. */
export const RESPONSIBLE_ABOVE = {
  principal: 'higher-discipline',
  deputy: 'principal-leader',
  middle: 'leader-in-charge',
  staff: 'department-head',
} as const satisfies { readonly [R in Rank]: OwnerTier };

/**
 * The owner tier directly above a post of this rank: who supervises its holder.
 * @param rank - the post's rank
 * @returns `higher-discipline` for a principal, `principal-leader` for a deputy,
 *   `leader-in-charge` for a middle manager, `department-head` for a staff post
 * @example
 * responsibleAbove('principal') // 'higher-discipline' (上级纪委/派驻纪检监察组)
 */
export function responsibleAbove(rank: Rank): OwnerTier {
  return RESPONSIBLE_ABOVE[rank];
}

/**
 * Whether an owner tier is the post's own holder or the post itself, so it cannot supervise it:
 * `direct` always, and the tier a post of this rank occupies (a principal is the `principal-leader`,
 * a deputy the `leader-in-charge`, a middle manager the `department-head`).
 * @param rank - the post's rank
 * @param owner - a tier named responsible for something about the post
 * @returns true when that tier is the post itself
 */
export function isSelfOversight(rank: Rank, owner: OwnerTier): boolean {
  if (owner === 'direct') return true;
  return OWN_TIER[rank] === owner;
}
