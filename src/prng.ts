/**
 * mulberry32: a small, well-known seeded PRNG (uniform in [0, 1)), so that a generated graph or a
 * fuzz run is the same every time for the same seed. Shared by bench/generate.ts, the fuzz test
 * and the learned stage of the ingestion pipeline (the order it trains in).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
