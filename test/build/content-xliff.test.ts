/** The content XLIFF round trip: who changed what since the last sync, and what each side gets. */
import { describe, expect, it } from 'vitest';
import { flattenText, hashText, parseXliff, renderXliff, setText, syncUnits, type ContentUnit } from '../../scripts/content-xliff.js';

const english = { title: 'Guide', outcomes: { stop: { title: 'Stop', steps: ['Call the bank', 'Log out'] } } };
const finnish = { title: 'Opas', outcomes: { stop: { title: 'Lopeta', steps: ['Soita pankkiin', 'Kirjaudu ulos'] } } };
const byId = (units: readonly ContentUnit[]) => new Map(units.map((u) => [u.id, u]));
/** The units after a sync, written to XLIFF and read back, as the next sync sees them. */
const roundTrip = (units: readonly ContentUnit[]) => byId(parseXliff(renderXliff('en', 'fi', [{ original: 'tree.json', units }], () => 'context'))[0]!.units);
const edit = (units: ReadonlyMap<string, ContentUnit>, id: string, change: Partial<ContentUnit>) => new Map([...units].map(([k, u]) => [k, k === id ? { ...u, ...change } : u]));

describe('content XLIFF', () => {
  const source = flattenText(english);
  const first = syncUnits(source, flattenText(finnish), new Map());
  const written = roundTrip(first.units);

  it('flattens text to paths, lists by index, in document order', () => {
    expect([...source.keys()]).toEqual(['title', 'outcomes/stop/title', 'outcomes/stop/steps/0', 'outcomes/stop/steps/1']);
  });

  it('writes every string as a final unit the first time, and reads back what it wrote', () => {
    expect(first.units.map((u) => u.state)).toEqual(['final', 'final', 'final', 'final']);
    expect([...written.values()]).toEqual(first.units);
    expect(first.fromXliff.size).toBe(0);
  });

  it('escapes markup characters', () => {
    const units = [{ id: 'a', source: 'A & <b> "c"', target: 'Ä & <b> "c"', state: 'final' as const, synced: hashText('Ä & <b> "c"') }];
    expect([...roundTrip(units).values()]).toEqual(units);
  });

  it('is a fixpoint: syncing again changes nothing', () => {
    expect(syncUnits(source, flattenText(finnish), written).units).toEqual(first.units);
  });

  it('flags a translation for review when its English changes, and keeps flagging it', () => {
    const changed = flattenText({ ...english, title: 'The guide' });
    const flagged = syncUnits(changed, flattenText(finnish), written);
    expect(flagged.units[0]).toMatchObject({ state: 'needs-review-translation', previousSource: 'Guide', target: 'Opas', source: 'The guide' });
    expect(syncUnits(changed, flattenText(finnish), roundTrip(flagged.units)).units[0]).toMatchObject({ state: 'needs-review-translation', previousSource: 'Guide' });
  });

  it('takes a translator’s new target into the JSON and marks it final', () => {
    const changed = flattenText({ ...english, title: 'The guide' });
    const flagged = roundTrip(syncUnits(changed, flattenText(finnish), written).units);
    const reviewed = edit(flagged, 'title', { target: 'Opastus', state: 'translated' });
    const after = syncUnits(changed, flattenText(finnish), reviewed);
    expect(after.fromXliff).toEqual(new Map([['title', 'Opastus']]));
    expect(after.units[0]).toMatchObject({ state: 'final', target: 'Opastus', synced: hashText('Opastus') });
    expect(after.units[0]!.previousSource).toBeUndefined();
  });

  it('accepts a flagged translation as it is when the translator marks it translated', () => {
    const changed = flattenText({ ...english, title: 'The guide' });
    const flagged = roundTrip(syncUnits(changed, flattenText(finnish), written).units);
    const after = syncUnits(changed, flattenText(finnish), edit(flagged, 'title', { state: 'translated' }));
    expect(after.units[0]).toMatchObject({ state: 'final', target: 'Opas' });
    expect(after.fromXliff.size).toBe(0);
  });

  it('keeps a translation edited in the JSON, writing it to the XLIFF', () => {
    const after = syncUnits(source, flattenText({ ...finnish, title: 'Opastaja' }), written);
    expect(after.units[0]).toMatchObject({ state: 'final', target: 'Opastaja', synced: hashText('Opastaja') });
    expect(after.fromXliff.size).toBe(0);
    expect(after.conflicts).toEqual([]);
  });

  it('reports a string changed on both sides instead of choosing', () => {
    const after = syncUnits(source, flattenText({ ...finnish, title: 'Opastaja' }), edit(written, 'title', { target: 'Opastus' }));
    expect(after.conflicts).toEqual(['title']);
  });

  it('lists a new language’s strings as new, and takes them in as the translator fills them', () => {
    const fresh = roundTrip(syncUnits(source, new Map(), new Map()).units);
    expect([...fresh.values()].map((u) => [u.state, u.target])).toEqual(Array(4).fill(['new', undefined]));
    const filled = edit(fresh, 'outcomes/stop/steps/1', { target: 'Logga ut', state: 'translated' });
    const after = syncUnits(source, new Map(), filled);
    expect(after.fromXliff).toEqual(new Map([['outcomes/stop/steps/1', 'Logga ut']]));
    const text: Record<string, unknown> = {};
    for (const [id, value] of after.fromXliff) setText(text, english, id, value);
    expect(text).toEqual({ outcomes: { stop: { steps: [undefined, 'Logga ut'] } } });
  });

  it('drops units whose English string is gone', () => {
    const fewer = flattenText({ title: 'Guide' });
    expect(syncUnits(fewer, flattenText(finnish), written).units.map((u) => u.id)).toEqual(['title']);
  });
});
