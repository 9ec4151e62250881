/**
 * `handoverSummary`, the plain text a supporter copies into their notes, built from walks of the
 * small fixture tree through `recommend`: its exact shape, the locale's text, referrals listed
 * once, and no ids from the answers.
 */
import { describe, expect, it } from 'vitest';
import { handoverSummary, recommend, type Answers, type SummaryLabels, type TreeDefinition } from '../../machines/index.js';
import { tree as digitalSupport } from '../../machines/trees/digital-support/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const tree = smallTree();

const englishLabels: SummaryLabels = { heading: 'hand-over summary', situation: 'Situation', advised: 'Advised', suggestedReferrals: 'Suggested referrals' };
const finnishLabels: SummaryLabels = { heading: 'yhteenveto kirjauksiin', situation: 'Tilanne', advised: 'Neuvottu', suggestedReferrals: 'Ehdotetut ohjauspaikat' };

/** The path and outcomes `recommend` gives for answers that reach a result. */
function completeWalk(definition: TreeDefinition, answers: Answers): { path: readonly string[]; outcomes: readonly string[] } {
  const recommendation = recommend(definition, answers);
  if (recommendation.status !== 'complete') throw new Error(`The walk ${JSON.stringify(answers)} does not reach a result.`);
  return recommendation;
}

/** The summary of a complete walk of `definition` with `answers`. */
function summaryOfWalk(definition: TreeDefinition, answers: Answers, locale = 'en', labels = englishLabels): string {
  const { path, outcomes } = completeWalk(definition, answers);
  return handoverSummary(definition, locale, path, answers, outcomes, labels);
}

/** A walk that ends at `stop` (referral bank) after a multi answer: path where, signs. */
const scamAnswers: Answers = { where: 'desk', signs: ['codes', 'scam'] };
/** A walk through all four questions whose outcome has no referral. */
const sharedDeviceAnswers: Answers = { where: 'library', signs: ['none'], whose: 'device', device: 'shared' };

describe('handoverSummary', () => {
  it('lists the situation in path order, the numbered advice and the referral', () => {
    expect(summaryOfWalk(tree, scamAnswers)).toBe(
      [
        'Small tree (en) — hand-over summary',
        '',
        'Situation:',
        '- Where? (en) Desk (en)',
        '- Signs? (en)',
        '  - Codes (en)',
        '  - Scam (en)',
        '',
        'Advised:',
        '1. stop (en): Do stop (en)',
        '2. keep-codes (en): Do keep-codes (en)',
        '',
        'Suggested referrals:',
        '- Bank (en)',
      ].join('\n'),
    );
  });

  it('has no referrals section when no outcome refers anywhere', () => {
    expect(summaryOfWalk(tree, sharedDeviceAnswers)).toBe(
      [
        'Small tree (en) — hand-over summary',
        '',
        'Situation:',
        '- Where? (en) Library (en)',
        '- Signs? (en)',
        '  - None (en)',
        '- Whose? (en) Device (en)',
        '- Device? (en) Shared (en)',
        '',
        'Advised:',
        '1. log-out (en): Do log-out (en)',
      ].join('\n'),
    );
  });

  it('lists a referral once when two advised outcomes share it', () => {
    // In the fixture `stop` drops `refer`, so no walk advises both; here `keep-codes` refers to the bank too.
    const sharedReferral: TreeDefinition = {
      ...tree,
      outcomes: tree.outcomes.map((outcome) => (outcome.id === 'keep-codes' ? { ...outcome, referrals: ['bank'] } : outcome)),
    };
    const summary = summaryOfWalk(sharedReferral, { where: 'desk', signs: ['codes'], whose: 'other' });
    expect(summary).toBe(
      [
        'Small tree (en) — hand-over summary',
        '',
        'Situation:',
        '- Where? (en) Desk (en)',
        '- Signs? (en)',
        '  - Codes (en)',
        '- Whose? (en) Other (en)',
        '',
        'Advised:',
        '1. keep-codes (en): Do keep-codes (en)',
        '2. refer (en): Do refer (en)',
        '',
        'Suggested referrals:',
        '- Bank (en)',
      ].join('\n'),
    );
  });

  it('skips questions on the path that have no answer', () => {
    const { path, outcomes } = completeWalk(tree, scamAnswers);
    const summary = handoverSummary(tree, 'en', [...path, 'whose'], { where: 'desk' }, outcomes, englishLabels);
    expect(summary.split('\n').slice(0, 5)).toEqual(['Small tree (en) — hand-over summary', '', 'Situation:', '- Where? (en) Desk (en)', '']);
    expect(summary).not.toContain('Signs?');
    expect(summary).not.toContain('Whose?');
  });

  it('uses the text of the locale asked for', () => {
    expect(summaryOfWalk(tree, scamAnswers, 'fi', finnishLabels)).toBe(
      [
        'Small tree (fi) — yhteenveto kirjauksiin',
        '',
        'Tilanne:',
        '- Where? (fi) Desk (fi)',
        '- Signs? (fi)',
        '  - Codes (fi)',
        '  - Scam (fi)',
        '',
        'Neuvottu:',
        '1. stop (fi): Do stop (fi)',
        '2. keep-codes (fi): Do keep-codes (fi)',
        '',
        'Ehdotetut ohjauspaikat:',
        '- Bank (fi)',
      ].join('\n'),
    );
    expect(summaryOfWalk(tree, scamAnswers, 'fi', finnishLabels)).not.toContain('(en)');
  });

  it('lists each option of a multi answer on its own line, so a label with a comma cannot be misread', () => {
    const commas = structuredClone(tree) as unknown as { text: Record<string, { questions: Record<string, { options: Record<string, { label: string }> }> }> };
    commas.text.en!.questions.signs!.options.codes!.label = 'Codes, or logging in for them';
    const summary = summaryOfWalk(commas as unknown as TreeDefinition, scamAnswers);
    expect(summary).toContain(['- Signs? (en)', '  - Codes, or logging in for them', '  - Scam (en)'].join('\n'));
  });

  it('never says a referral was made: the referrals are suggested', () => {
    expect(summaryOfWalk(tree, scamAnswers)).not.toMatch(/referred to/i);
  });

  it('suggests the referrals of the walk’s own owner only: the bank for a bank’s service, not for another authority’s', () => {
    const walk = (owner: string): Answers => ({ setting: 'service-situation', circumstances: ['none'], request: 'guidance', owner, task: 'transaction', identification: 'customer-logs-in', device: 'customer-own' });
    const names = (id: string) => digitalSupport.text.en!.referrals[id]!.name;
    const suggested = (answers: Answers) => summaryOfWalk(digitalSupport, answers).split('Suggested referrals:\n')[1]!.split('\n');
    expect(suggested(walk('other-authority'))).toEqual([`- ${names('service-owner-advice')}`, `- ${names('public-service-info')}`]);
    expect(suggested(walk('bank-insurer'))).toEqual([`- ${names('service-owner-advice')}`, `- ${names('bank-or-insurer')}`]);
    expect(suggested(walk('private'))).toEqual([`- ${names('service-owner-advice')}`]);
  });

  it('leaves out answers the tree marks sensitive: no judgement about the person in the notes (issue 16 item 6)', () => {
    const marked = structuredClone(tree) as unknown as { questions: Record<string, { options: { id: string; sensitive?: boolean }[] }> };
    marked.questions.signs!.options.find((o) => o.id === 'codes')!.sensitive = true;
    const summary = summaryOfWalk(marked as unknown as TreeDefinition, scamAnswers);
    expect(summary).toContain(['- Signs? (en)', '  - Scam (en)', ''].join('\n'));
    expect(summary).not.toContain('Codes (en)');
    // A question whose every chosen option is sensitive is left out whole.
    expect(summaryOfWalk(marked as unknown as TreeDefinition, { where: 'desk', signs: ['codes'], whose: 'own' })).not.toContain('Signs?');
  });

  it('holds no capacity or pressure wording for the default tree, in any language, while the advice shows the safeguard', () => {
    const answers: Answers = { setting: 'service-situation', circumstances: ['pressure', 'capacity', 'codes'], request: 'proxy', owner: 'own', task: 'transaction', identification: 'customer-logs-in', device: 'customer-own' };
    for (const locale of digitalSupport.locales) {
      const options = digitalSupport.text[locale]!.questions.circumstances!.options;
      const summary = summaryOfWalk(digitalSupport, answers, locale);
      expect(summary, locale).not.toContain(options.capacity!.label);
      expect(summary, locale).not.toContain(options.pressure!.label);
      expect(summary, locale).toContain(options.codes!.label);
      expect(summary, locale).toContain(digitalSupport.text[locale]!.outcomes['safeguard-customer']!.title);
    }
  });

  it('prints no question or option ids, only their text', () => {
    const summary = summaryOfWalk(tree, sharedDeviceAnswers);
    const questionIds = Object.keys(tree.questions);
    const optionIds = Object.values(tree.questions).flatMap((question) => question.options.map((option) => option.id));
    // Ids are lower case; the fixture's titles and labels start with a capital, so a printed id would show.
    for (const id of [...questionIds, ...optionIds]) expect(summary, id).not.toContain(id);
  });
});
