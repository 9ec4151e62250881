/** The package configuration file and the launch URL, read into the quiz's language and attributes. */
import { describe, expect, it } from 'vitest';
import { launchSettings } from '../../src/scorm/package-config.js';

const LOCALES = ['fi', 'sv', 'en'];

describe('launchSettings', () => {
  it("gives the file's settings to the quiz as attributes", () => {
    expect(launchSettings({ locale: 'sv', items: 10, 'pass-score': 8, seed: 'course-1', 'badge-url': 'https://example.fi/badge' }, '', LOCALES)).toEqual({
      locale: 'sv',
      attributes: { items: '10', 'pass-score': '8', seed: 'course-1', 'badge-url': 'https://example.fi/badge' },
      notes: [],
    });
  });

  it("takes the launch URL's locale and seed over the file's", () => {
    const settings = launchSettings({ locale: 'fi', items: 5, seed: 'file' }, '?locale=en&seed=url', LOCALES);
    expect(settings.locale).toBe('en');
    expect(settings.attributes).toEqual({ items: '5', seed: 'url' });
  });

  it.each([
    ['?locale=SV', 'sv'],
    ['?locale=sv-FI', 'sv'],
    ['?locale=en-GB', 'en'],
  ])('matches %s to %s', (search, locale) => {
    expect(launchSettings({ locale: 'fi' }, search, LOCALES)).toMatchObject({ locale, notes: [] });
  });

  it("falls back from a language the quiz does not have to the file's, then to Finnish, and says so", () => {
    const unknownInUrl = launchSettings({ locale: 'sv' }, '?locale=de', LOCALES);
    expect(unknownInUrl.locale).toBe('sv');
    expect(unknownInUrl.notes).toEqual(['launch parameter locale=de is not one of fi, sv, en']);
    const unknownInFile = launchSettings({ locale: 'se' }, '', LOCALES);
    expect(unknownInFile.locale).toBe('fi');
    expect(unknownInFile.notes).toEqual(['digituki-scorm.json: locale "se" is not one of fi, sv, en']);
  });

  it('uses the defaults when the file could not be read or is not an object', () => {
    for (const config of [undefined, null, [], 'text']) {
      const settings = launchSettings(config, '', LOCALES);
      expect(settings.locale).toBe('fi');
      expect(settings.attributes).toEqual({});
      expect(settings.notes).toEqual(["digituki-scorm.json is not a JSON object: the quiz's defaults apply"]);
    }
  });

  it('passes a value the quiz cannot use on to it (its error panel names the setting), and notes unknown keys', () => {
    const settings = launchSettings({ items: 'ten', 'pass-score': true, passScore: 3 }, '', LOCALES);
    expect(settings.attributes).toEqual({ items: 'ten', 'pass-score': 'true' });
    expect(settings.notes).toEqual(['digituki-scorm.json: unknown setting "passScore" (settings: locale, items, pass-score, seed, badge-url)']);
  });
});
