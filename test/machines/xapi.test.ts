/**
 * The xAPI statement of a finished attempt, checked by Learning Locker's own statement validator
 * (`@learninglocker/xapi-validation`, conformance tested as part of Learning Locker). It returns
 * warnings and never throws, so the tests assert the list is empty: with the host's actor the
 * statement is one a learning record store accepts; without one it is not, which is why the quiz
 * says so and the host must add one.
 */
import xapiValidation from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { drawItems, scoreAttempt, xapiActorProblem, xapiStatement, type XapiActor } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

type Validate = (data: unknown) => { path: (string | number)[] }[];
/** The package is CommonJS with an ES-style default: the function itself under vite's interop, `.default` under Node's. */
const validateStatement: Validate = typeof xapiValidation === 'function' ? (xapiValidation as Validate) : (xapiValidation as unknown as { default: Validate }).default;

const items = drawItems(tree, scenarios, { seed: 'xapi', attempt: 1, count: 3 });
const right = (i: number) => items[i]!.options.filter((o) => o.correct).map((o) => o.id);
const score = scoreAttempt(items, { [items[0]!.id]: right(0), [items[1]!.id]: right(1) });
const account: XapiActor = { objectType: 'Agent', account: { homePage: 'https://oppiva.example.fi', name: 'a1b2c3' } };
const statement = (actor?: XapiActor) =>
  xapiStatement(score, { activityId: 'urn:digituki:quiz:digital-support', name: 'Digituki: harjoitustesti', locale: 'fi', timestamp: new Date('2026-11-30T09:00:00Z'), actor });
/** What the validator finds, as `path: message` lines. */
const warnings = (value: unknown) => validateStatement(JSON.parse(JSON.stringify(value))).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

describe('the xAPI statement', () => {
  it.each([
    ['an account (the host’s id for the learner)', account],
    ['an anonymous account', { account: { homePage: 'https://intra.example.fi/digituki', name: 'anonymous-7f3e' } }],
    ['an mbox', { mbox: 'mailto:learner@example.fi', name: 'Learner' }],
    ['an mbox_sha1sum', { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' }],
  ] as [string, XapiActor][])('is valid for a learning record store with %s as its actor', (_what, actor) => {
    expect(xapiActorProblem(actor)).toBeUndefined();
    const made = statement(actor);
    expect(made.actor).toEqual(actor);
    expect(warnings(made)).toEqual([]);
  });

  it('has no actor unless the host gives one, and the validator says a store must reject it', () => {
    const made = statement();
    expect(made).not.toHaveProperty('actor');
    expect(warnings(made).join('\n')).toMatch(/actor/);
  });

  it('carries the score, the result and the per-item results', () => {
    expect(statement(account)).toMatchObject({
      verb: { id: 'http://adlnet.gov/expapi/verbs/failed' },
      result: { score: { raw: 2, min: 0, max: 3, scaled: 2 / 3 }, success: false, completion: true, extensions: { 'urn:digituki:xapi:items': score.items } },
      context: { language: 'fi' },
    });
  });
});

describe('xapiActorProblem', () => {
  it.each([
    ['nothing', null],
    ['text', 'learner@example.fi'],
    ['a list', [account]],
    ['no identifier', { name: 'Learner' }],
    ['two identifiers', { mbox: 'mailto:a@example.fi', account: { homePage: 'https://x.example', name: 'a' } }],
    ['a group', { objectType: 'Group', mbox: 'mailto:a@example.fi' }],
    ['an mbox without mailto:', { mbox: 'a@example.fi' }],
    ['an account without a homePage IRI', { account: { homePage: 'intra', name: 'a' } }],
    ['an account with an empty name', { account: { homePage: 'https://x.example', name: '' } }],
    ['a javascript: home page', { account: { homePage: 'javascript:alert(1)', name: 'a' } }],
    ['a data: home page', { account: { homePage: 'data:text/html,<p>x</p>', name: 'a' } }],
    ['a javascript: OpenID', { openid: 'javascript:alert(1)' }],
    ['an mbox_sha1sum that is not one', { mbox_sha1sum: 'abc' }],
    ['a property xAPI does not know', { mbox: 'mailto:a@example.fi', email: 'a@example.fi' }],
  ])('refuses %s', (_what, value) => {
    expect(xapiActorProblem(value)).toEqual(expect.any(String));
  });
});
