/** Percentile of a list of durations in milliseconds (nearest-rank), rounded to microseconds. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank]! * 1000) / 1000;
}

/** Times `fn` over every input, after a warm-up pass, and returns each call's milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = Math.min(200, inputs.length)): number[] {
  for (let i = 0; i < warmup; i++) fn(inputs[i % inputs.length]!);
  return inputs.map((input) => {
    const t = process.hrtime.bigint();
    fn(input);
    return Number(process.hrtime.bigint() - t) / 1e6;
  });
}
