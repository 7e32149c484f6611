import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const docs = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

describe('the repository documents itself', () => {
  // Regression: the README sent readers to ../shared/DESIGN.md, which is not in the repository.
  it('links only to files inside the repository, and every such file exists', () => {
    const broken: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(path.join(root, doc), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)|`(\.\.\/[^`]+)`/g)) {
        const target = m[1] ?? m[3]!;
        if (/^[a-z]+:/.test(target)) continue;
        const resolved = path.resolve(root, path.dirname(doc), target);
        if (!resolved.startsWith(root + path.sep) || !existsSync(resolved)) broken.push(`${doc}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('carries its own architecture doc, linked from the README', () => {
    expect(existsSync(path.join(root, 'docs/architecture.md'))).toBe(true);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('(docs/architecture.md)');
  });
});
