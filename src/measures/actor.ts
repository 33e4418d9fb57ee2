/**
 * Who acts on a post (岗位的上级): the one rule of who organises, supervises, talks to and approves a
 * post, so that nobody does any of these to himself. A staff post answers to its 部门负责人, a
 * department head (中层) to the 分管领导, a deputy to the 主要负责人, the principal to the
 * leadership team collectively and to the discipline body above (上级纪委、派驻纪检监察组)
 * (DOMAIN.md, "Who is responsible above whom"). Measures, their owners and warnings all resolve
 * through {@link superiorTier} and {@link resolveOwnerTier}; template texts name the actor only
 * through the placeholders of {@link actorValues}.
 */
import type { LocalizedText } from '../i18n/locale.js';
import { OWNER_TIERS, type OwnerTier, type Rank } from '../model/enums.js';

/** The tier a post itself stands at: where its holder is the one who acts. */
export const OWN_TIER = {
  staff: 'direct',
  middle: 'department-head',
  deputy: 'leader-in-charge',
  principal: 'principal-leader',
} as const satisfies Record<Rank, OwnerTier>;

/**
 * The tier directly above a post: who organises, supervises, talks to and approves it. For the
 * principal it is the leadership team (领导班子) for decisions and approvals; talks, education and
 * supervision of the principal go to the discipline body above (see {@link watchesHolder}).
 */
export const SUPERIOR_TIER = {
  staff: 'department-head',
  middle: 'leader-in-charge',
  deputy: 'principal-leader',
  principal: 'leadership-team',
} as const satisfies Record<Rank, OwnerTier>;

/**
 * The actor placeholders that watch the holder from outside his line of command: who talks to,
 * educates and supervises him, the discipline body, the organization department. A measure whose
 * text names one of them is owned, for the principal, by the discipline body above (上级纪委、派驻纪检
 * 监察组), not by the leadership team he leads.
 */
export const WATCHING_ACTORS = ['overseer', 'discipline', 'personnel'] as const satisfies readonly ActorPlaceholder[];

/**
 * Whether a measure's text watches the holder (names one of {@link WATCHING_ACTORS}).
 * @param text - the template's zh-CN text
 * @returns true when it names the overseer, the discipline body or the organization department
 * @example
 * watchesHolder('{overseer}每半年与{post}开展一次廉政提醒谈话') // true
 */
export function watchesHolder(text: string): boolean {
  return WATCHING_ACTORS.some((a) => text.includes(`{${a}}`));
}

/**
 * Who is above a post: the tier that organises, supervises, talks to and approves its holder.
 * @param rank - the post's rank
 * @returns `department-head` for staff, `leader-in-charge` for a department head, `principal-leader`
 *   for a deputy and `leadership-team` for the principal
 * @example
 * superiorTier('middle') // 'leader-in-charge'
 */
export function superiorTier(rank: Rank): OwnerTier {
  return SUPERIOR_TIER[rank] ?? 'department-head';
}

/**
 * A measure's responsible tier resolved against the post, so that nobody organises, supervises,
 * talks to or approves himself: a tier at or below the post's own ({@link OWN_TIER}; `direct`
 * aside, the holder's own duty) moves up to the post's {@link superiorTier}. For the principal the
 * unit's own discipline office, and every measure that watches him ({@link watchesHolder}), move
 * to the discipline body above (`higher-discipline`); the rest go to the leadership team.
 * `direct`, `leadership-team` and `higher-discipline` stay as written.
 * @param tier - the tier the template states
 * @param rank - the post's rank
 * @param watches - the measure watches the holder (its text names the overseer, the discipline body or the organization department)
 * @returns the tier that acts for this post
 * @example
 * resolveOwnerTier('department-head', 'middle') // 'leader-in-charge': the head does not supervise himself
 * resolveOwnerTier('department-head', 'staff')  // 'department-head'
 * resolveOwnerTier('department-head', 'principal', true) // 'higher-discipline'
 */
export function resolveOwnerTier(tier: OwnerTier, rank: Rank, watches = false): OwnerTier {
  if (tier === 'direct' || tier === 'leadership-team' || tier === 'higher-discipline') return tier;
  const principal = rank === 'principal';
  if (tier === 'discipline') return principal ? 'higher-discipline' : tier;
  const own = OWNER_TIERS.indexOf(OWN_TIER[rank] ?? 'direct');
  if (OWNER_TIERS.indexOf(tier) > own) return tier;
  if (principal && watches) return 'higher-discipline';
  return superiorTier(rank);
}

/** Placeholders naming an actor; templates write these, never a role in words. */
export const ACTOR_PLACEHOLDERS = ['superior', 'leader', 'overseer', 'discipline', 'personnel'] as const;

/** One of {@link ACTOR_PLACEHOLDERS}. */
export type ActorPlaceholder = (typeof ACTOR_PLACEHOLDERS)[number];

/**
 * What each actor placeholder says, by rank. `{department}` inside is the post's department.
 * - `superior`: who organises and approves (部门负责人 → 分管领导 → 主要负责人 → 领导班子);
 * - `leader`: a unit leader above the post, at least the leader in charge (for approvals of disposals, payments);
 * - `overseer`: who holds talks with and supervises the holder (the principal's is the discipline body above);
 * - `discipline`: the discipline office that watches the post (the unit's own, or the body above for the principal);
 * - `personnel`: the organization department that rotates and verifies (the one above for unit leaders).
 */
export const ACTOR_ROLES = {
  superior: {
    staff: { 'zh-CN': '{department}负责人', 'zh-TW': '{department}主管', en: 'the head of {department}' },
    middle: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'the leader in charge' },
    deputy: { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'the principal' },
    principal: { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'the leadership team' },
  },
  leader: {
    staff: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'the leader in charge' },
    middle: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'the leader in charge' },
    deputy: { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'the principal' },
    principal: { 'zh-CN': '领导班子', 'zh-TW': '領導班子', en: 'the leadership team' },
  },
  overseer: {
    staff: { 'zh-CN': '{department}负责人', 'zh-TW': '{department}主管', en: 'the head of {department}' },
    middle: { 'zh-CN': '分管领导', 'zh-TW': '分管領導', en: 'the leader in charge' },
    deputy: { 'zh-CN': '主要负责人', 'zh-TW': '主要負責人', en: 'the principal' },
    principal: { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'the discipline body above (the resident inspection team)' },
  },
  discipline: {
    staff: { 'zh-CN': '纪检监察部门', 'zh-TW': '紀檢監察部門', en: 'discipline inspection' },
    middle: { 'zh-CN': '纪检监察部门', 'zh-TW': '紀檢監察部門', en: 'discipline inspection' },
    deputy: { 'zh-CN': '纪检监察部门', 'zh-TW': '紀檢監察部門', en: 'discipline inspection' },
    principal: { 'zh-CN': '上级纪委、派驻纪检监察组', 'zh-TW': '上級紀委、派駐紀檢監察組', en: 'the discipline body above (the resident inspection team)' },
  },
  personnel: {
    staff: { 'zh-CN': '组织人事部门', 'zh-TW': '組織人事部門', en: 'the organization department' },
    middle: { 'zh-CN': '组织人事部门', 'zh-TW': '組織人事部門', en: 'the organization department' },
    deputy: { 'zh-CN': '上级组织部门', 'zh-TW': '上級組織部門', en: 'the organization department above' },
    principal: { 'zh-CN': '上级组织部门', 'zh-TW': '上級組織部門', en: 'the organization department above' },
  },
} as const satisfies Record<ActorPlaceholder, Record<Rank, LocalizedText>>;

/**
 * The actor placeholders filled for a post, ready for `fillAll` alongside `{post}`, `{power}`….
 * @param post - the post's rank and department
 * @returns `{ superior, leader, overseer, discipline, personnel }`, each in every locale
 * @example
 * actorValues({ rank: 'staff', department: '财务股' }).superior['zh-CN'] // '财务股负责人'
 */
export function actorValues(post: { readonly rank: Rank; readonly department: string }): Record<ActorPlaceholder, LocalizedText> {
  const out = {} as Record<ActorPlaceholder, LocalizedText>;
  for (const key of ACTOR_PLACEHOLDERS) {
    const role: LocalizedText = ACTOR_ROLES[key][post.rank] ?? ACTOR_ROLES[key].staff;
    // Plain replacement: a department's name is data, never a template.
    out[key] = {
      'zh-CN': role['zh-CN'].replace('{department}', post.department),
      'zh-TW': role['zh-TW'].replace('{department}', post.department),
      en: role.en.replace('{department}', post.department),
    };
  }
  return out;
}
