/** custom-elements.json is generated from the JSDoc on the elements; the committed one must be current. */
import { readFileSync } from 'node:fs';
// @ts-expect-error the analyzer's CLI module ships no types
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { describe, expect, it } from 'vitest';

describe('custom-elements.json', () => {
  it('is up to date with the elements (run `npm run analyze`)', { timeout: 60_000 }, async () => {
    // The analyzer in-process, with the project's config, writing nothing.
    const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
    const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('is the manifest package.json points tools at', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).customElements).toBe('custom-elements.json');
  });

  it('documents the guide’s attributes, events, parts, custom properties and slots', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const guide = manifest.modules.flatMap((m: { declarations?: object[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'digituki-guide');
    expect(guide.attributes.map((a: { name: string }) => a.name)).toEqual(['locale', 'preset', 'persist']);
    expect(guide.events.map((e: { name: string }) => e.name)).toEqual(['digituki-answer', 'digituki-outcome', 'digituki-error']);
    expect(guide.slots.map((s: { name: string }) => s.name)).toEqual(['contacts', 'customer-contacts']);
    expect(guide.cssParts.length).toBeGreaterThan(10);
    expect(guide.cssProperties.length).toBeGreaterThan(10);
  });

  it('documents the quiz’s attributes and its events', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const quiz = manifest.modules.flatMap((m: { declarations?: object[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'digituki-quiz');
    expect(quiz.attributes.map((a: { name: string }) => a.name)).toEqual(['locale', 'items', 'seed', 'pass-score', 'persist', 'badge-url', 'guide-url', 'not-recorded']);
    expect(quiz.events.map((e: { name: string }) => e.name)).toEqual(['digituki-quiz-complete', 'digituki-quiz-progress', 'digituki-error']);
  });
});
