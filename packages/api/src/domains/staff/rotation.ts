/**
 * Weighted pick for the CS rotation: each member's chance is weight / total weight, so a member of
 * weight 3 receives three times the orders of a member of weight 1, and weight 0 receives none.
 * `random` is a number in [0, 1) (Math.random() in production, fixed values in tests); the pick is
 * a pure function of it, so the checkout can reproduce and test an assignment.
 */
export function pickWeighted<T extends { id: string; weight: number }>(
  members: readonly T[],
  random: number,
): T | undefined {
  const eligible = members.filter((m) => Number.isFinite(m.weight) && m.weight > 0);
  const total = eligible.reduce((sum, m) => sum + m.weight, 0);
  if (total <= 0) return undefined;
  const clamped = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1 - Number.EPSILON) : 0;
  const target = clamped * total;
  let cumulative = 0;
  for (const member of eligible) {
    cumulative += member.weight;
    if (target < cumulative) return member;
  }
  // Floating-point rounding at the very top of the range.
  return eligible.at(-1);
}
