/** A small seeded PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * Math.max(0, max));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    chance: (probability: number) => next() < probability,
  };
}

/** The seed to run with: `FUZZ_SEED` when set (to replay), else a fresh one. */
export function fuzzSeed(): number {
  const given = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
  return Number.isFinite(given) ? given : Math.floor(Math.random() * 2 ** 31);
}
