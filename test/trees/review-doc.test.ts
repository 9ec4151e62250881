import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TreeDefinition } from '../../machines/index.js';
import { referralId } from '../../machines/recommend/referrals.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { REVIEW_LABELS, renderReviewDoc, reviewLocales } from '../../scripts/review-doc.js';

/** Every rule id the tree's options use, in numeric order. */
const ruleIds = [
  ...new Set(
    Object.values(tree.questions).flatMap((q) => q.options.flatMap((o) => (o.adds ?? []).flatMap((a) => (typeof a === 'string' || a.rule === undefined ? [] : [a.rule])))),
  ),
].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

describe('docs/review/<locale>.md', { timeout: 60_000 }, () => {
  const fresh = Object.fromEntries(reviewLocales(tree).map((locale) => [locale, renderReviewDoc(tree, locale)]));

  describe.each(reviewLocales(tree))('%s', (locale) => {
    const doc = fresh[locale]!;
    const text = tree.text[locale]!;

    it('is up to date with the tree (run `npm run review` after changing it)', () => {
      const committed = readFileSync(new URL(`../../docs/review/${locale}.md`, import.meta.url), 'utf8');
      // Compared line by line so a stale file fails with the first differing line, not a whole-file diff.
      const committedLines = committed.split('\n');
      const freshLines = doc.split('\n');
      const first = freshLines.findIndex((line, i) => line !== committedLines[i]);
      expect(first === -1 ? null : { line: first + 1, committed: committedLines[first], fresh: freshLines[first], fix: 'run `npm run review`' }).toBeNull();
      expect(committedLines.length, 'run `npm run review`').toBe(freshLines.length);
    });

    it('has the title, the tree id and version, and the sign-off block in its own language', () => {
      const labels = REVIEW_LABELS[locale]!;
      expect(doc.startsWith(`# ${labels.title(text.title)}\n`)).toBe(true);
      expect(doc).toContain(`\`${tree.id}\``);
      expect(doc).toContain(tree.version);
      expect(doc).toContain(`## ${labels.signOff}`);
      for (const field of labels.signOffFields) expect(doc).toContain(`${field}: ___`);
    });

    it('shows every question with its help, options and hints, in walk order', () => {
      // Headings end their line; the same title in a table's "leads to" cell does not.
      const positions = Object.keys(tree.questions).map((id) => doc.indexOf(` ${text.questions[id]!.title} (\`${id}\`)\n`));
      for (const position of positions) expect(position).toBeGreaterThan(-1);
      for (const [id, question] of Object.entries(tree.questions)) {
        const questionText = text.questions[id]!;
        expect(doc).toContain(questionText.help);
        for (const option of question.options) {
          expect(doc).toContain(`**${questionText.options[option.id]!.label.replace(/\|/g, '\\|')}** (\`${option.id}\`)`);
          if (questionText.options[option.id]!.hint) expect(doc).toContain(questionText.options[option.id]!.hint!.replace(/\|/g, '\\|'));
        }
      }
      // The default tree declares its questions in walk order.
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(doc.match(/\*\*(Never preset|Ei koskaan esivalittavissa|Kan aldrig förväljas)\*\*/g)).toHaveLength(Object.values(tree.questions).filter((q) => q.neverPreset).length);
    });

    it('has a row for every rule id, in numeric order, with its "because" phrase', () => {
      const rows = doc.split('\n').filter((line) => /^\| R\d+ \|/.test(line));
      expect([...new Set(rows.map((row) => row.split(' | ')[0]!.slice(2)))]).toEqual(ruleIds);
      for (const id of ruleIds) expect(rows.some((row) => row.startsWith(`| ${id} |`) && row.endsWith(`| ${text.rules![id]!.because} |`))).toBe(true);
    });

    it('derives the first-place order from the outcomes, as the contract lists it (R1, R3, R22, R18, R2, R20)', () => {
      const items = doc.split('\n').filter((line) => /^\d+\. .+ \(`[a-z0-9-]+`\): R/.test(line));
      expect(items.map((line) => line.match(/\(`([a-z0-9-]+)`\)/)![1])).toEqual(tree.outcomes.map((o) => o.id));
      expect(items.slice(0, 6).map((line) => line.split(': ').at(-1))).toEqual(['R1', 'R3', 'R22', 'R18', 'R2', 'R20']);
    });

    it('gives every outcome in full, in priority order, in this language', () => {
      const positions = tree.outcomes.map((o) => doc.indexOf(`### 3.`) + doc.slice(doc.indexOf('### 3.')).indexOf(`${text.outcomes[o.id]!.title} (\`${o.id}\`)\n`));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      for (const outcome of tree.outcomes) {
        const outcomeText = text.outcomes[outcome.id]!;
        expect(doc).toContain(`**${outcomeText.action}**`);
        outcomeText.steps.forEach((step, i) => expect(doc).toContain(`${i + 1}. ${step}\n`));
        if (outcomeText.customer) expect(doc).toContain(`> ${outcomeText.customer}\n`);
        for (const id of (outcome.referrals ?? []).map(referralId)) expect(doc).toContain(`**${text.referrals[id]!.name}**`);
      }
      expect(doc.match(/\(INFERRED\)\*\*:/g)).toHaveLength(tree.outcomes.filter((o) => o.inferred).length);
    });

    it('lists every never item (by rank), principle and referral', () => {
      const neverRows = doc.split('\n').filter((line) => /^\| [0-9]+ \| .+ \| `[a-z0-9-]+` \|/.test(line));
      expect(neverRows.map((row) => row.match(/\| `([a-z0-9-]+)` \|/)![1]).sort()).toEqual(Object.keys(tree.never!).sort());
      const ranks = neverRows.map((row) => Number(row.split(' | ')[0]!.slice(2)));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const id of Object.keys(tree.never!)) expect(doc).toContain(text.never![id]!);
      for (const [id, principle] of Object.entries(tree.principles)) {
        expect(doc).toContain(`| **${id}** | ${text.principles[id]!.title} | ${text.principles[id]!.text} | `);
        expect(doc).toContain(`(${principle.status}) | `);
      }
      for (const id of Object.keys(tree.referrals)) expect(doc).toContain(`| \`${id}\` | ${text.referrals[id]!.name} | ${text.referrals[id]!.detail} |`);
    });

    it('lists the customer texts shown together: each pair of courses once, its texts as shown, and the paths of each pair of texts', () => {
      const labels = REVIEW_LABELS[locale]!;
      expect(doc).toContain(`\n## ${labels.shownTogether}\n`);
      const section = doc.slice(doc.indexOf(`\n## ${labels.shownTogether}\n`), doc.indexOf(`\n## ${labels.neverCatalogue}\n`));
      const blocks = section.split('\n### ').slice(1);
      const heading = (first: string, second: string) => `${text.outcomes[first]!.title} (\`${first}\`) + ${text.outcomes[second]!.title} (\`${second}\`)\n`;
      const block = (first: string, second: string) => blocks.find((b) => b.slice(b.indexOf(' ') + 1).startsWith(heading(first, second)));
      // Each pair of courses once, numbered in order.
      expect(new Set(blocks.map((b) => b.split('\n')[0]!.slice(b.indexOf(' ') + 1))).size).toBe(blocks.length);
      blocks.forEach((b, n) => expect(b.startsWith(`4.${n + 1} `)).toBe(true));
      // A customer with memory problems applying at the organisation's own desk (review 3, W1): the variant's text beside the guidance.
      const w1 = block('capacity-concern', 'guide-own-service');
      expect(w1).toBeDefined();
      expect(w1).toContain(labels.quote(text.outcomes['capacity-concern']!.variants!['own-service']!.customer!));
      expect(w1).toContain(labels.quote(text.outcomes['guide-own-service']!.customer!));
      expect(w1).toMatch(new RegExp(`\\n${labels.together}: \\(a\\) \\+ \\(b\\) \\d+ `));
      // Never together: e-Authorizations when understanding is in doubt (contract), a repair after a scam stop.
      expect(block('capacity-concern', 'e-authorizations')).toBeUndefined();
      expect(block('fraud-stop', 'decline-repair')).toBeUndefined();
    });

    it('points to docs/paths.md with the path count', () => {
      expect(doc).toMatch(/`docs\/paths\.md`[^\n]* 24448 /);
    });

    it('holds this locale’s texts and no other locale’s outcome titles', () => {
      for (const other of reviewLocales(tree).filter((l) => l !== locale)) {
        const foreign = tree.outcomes.map((o) => tree.text[other]!.outcomes[o.id]!.title).filter((title) => !tree.outcomes.some((o) => text.outcomes[o.id]!.title === title));
        for (const title of foreign) expect(doc).not.toContain(`${title} (\``);
        expect(doc).not.toContain(`## ${REVIEW_LABELS[other]!.signOff}\n`);
      }
    });
  });

  it('escapes table pipes, and falls back to English labels for another locale', () => {
    const copy = structuredClone(tree) as { -readonly [K in keyof TreeDefinition]: unknown } & { locales: string[]; text: Record<string, unknown> };
    const de = structuredClone(tree.text.en!) as { title: string; questions: Record<string, { options: Record<string, { label: string }> }>; never: Record<string, string> };
    de.title = 'Digitale Unterstützung';
    de.questions.setting!.options['general-support']!.label = 'Allgemein | offen';
    de.never['open-message-link'] = 'Keinen Link | öffnen.';
    copy.locales = [...tree.locales, 'de'];
    copy.text = { ...tree.text, de };
    const doc = renderReviewDoc(copy as TreeDefinition, 'de');
    expect(doc.startsWith('# Content review: Digitale Unterstützung\n')).toBe(true);
    expect(doc).toContain('| **Allgemein \\| offen** (`general-support`) |');
    expect(doc).toContain('| 1 | Keinen Link \\| öffnen. | `open-message-link` |');
    expect(doc).toContain('the answer is “Allgemein \\| offen”'); // in the rule table's conditions too
    expect(doc).toContain(`## ${REVIEW_LABELS.en!.signOff}\n`);
  });
});
