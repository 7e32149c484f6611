import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../../src/grocery/imports/index.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (c: string) => chunks.push(c) } };
}

describe('createProgressReporter', () => {
  it('redraws one bar in place on a terminal and ends it with a newline and summary', () => {
    const { chunks, stream } = fakeStream(true);
    let now = 0;
    const progress = createProgressReporter({ label: 'Importing', stream, clock: () => now });
    for (let done = 0; done <= 1000; done += 100) {
      now += 100;
      progress.update({ done, total: 1000 });
    }
    progress.finish('1,000 rows imported');
    expect(chunks.slice(0, -2).every((c) => c.startsWith('\rImporting ['))).toBe(true);
    expect(chunks.at(-3)).toContain('100% 1,000/1,000');
    expect(chunks.at(-3)).toContain('#'.repeat(30));
    expect(chunks.slice(-2)).toEqual(['\n', 'Importing: 1,000 rows imported\n']);
  });

  it('prints occasional plain lines when the output is not a terminal', () => {
    const { chunks, stream } = fakeStream(false);
    let now = 0;
    const progress = createProgressReporter({ label: 'Importing', stream, clock: () => now, lineIntervalMs: 1000 });
    for (let done = 0; done <= 50_000; done += 500) {
      now += 50; // 100 updates over 5 seconds
      progress.update({ done, total: 50_000 });
    }
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    expect(chunks.length).toBeLessThanOrEqual(7);
    expect(chunks.every((c) => !c.includes('\r') && c.endsWith('\n'))).toBe(true);
    expect(chunks.at(-1)).toBe('Importing: 50,000/50,000 rows (100%)\n');
  });
});
