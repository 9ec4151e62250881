/**
 * The SCORM package's own files, from their templates (fast; the extended tier checks the real
 * zip): the manifest is well-formed SCORM 1.2 XML listing what it is given, the launch page has
 * nothing inline, and the zip is the same bytes for the same files.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deterministicZip } from '../../scripts/deterministic-zip.js';
import { launchPage } from '../../scripts/scorm-launch-page.js';
import { SCORM12_NAMESPACES, scormManifest } from '../../scripts/scorm-manifest.js';
import { SCORM_IDENTIFIERS, SCORM_LOCALES, scormPackagePath } from '../../scripts/scorm-package.js';

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: (e) => errors.push(e), error: (e) => errors.push(e), fatalError: (e) => errors.push(e) } }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

/** Elements by tag name (xmldom's lists are not iterable). */
function elements(doc: Document, name: string): Element[] {
  const list = doc.getElementsByTagName(name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

const FILES = ['index.html', 'digituki-quiz.js', 'scorm12-launch.js', 'digituki-scorm.json'];
const manifest = (extra: { title?: string; parameters?: string } = {}) =>
  scormManifest({ identifier: 'digituki-quiz-scorm12', version: '0.1.0', title: 'Quiz', launch: 'index.html', files: FILES, ...extra });

describe('scormManifest', () => {
  it('is SCORM 1.2: IMS CP 1.1.2 and ADL namespaces, schema version 1.2, one organization, one item, one SCO listing every file', () => {
    const doc = parseXml(manifest());
    const root = doc.documentElement;
    expect([root.localName, root.namespaceURI]).toEqual(['manifest', SCORM12_NAMESPACES.imscp]);
    expect(root.getAttribute('xmlns:adlcp')).toBe(SCORM12_NAMESPACES.adlcp);
    const text = (name: string) => elements(doc, name).map((e) => e.textContent);
    expect(text('schema')).toEqual(['ADL SCORM']);
    expect(text('schemaversion')).toEqual(['1.2']);
    const organizations = elements(doc, 'organization');
    expect(organizations).toHaveLength(1);
    expect(elements(doc, 'organizations')[0]!.getAttribute('default')).toBe(organizations[0]!.getAttribute('identifier'));
    const items = elements(doc, 'item');
    expect(items).toHaveLength(1);
    const resources = elements(doc, 'resource');
    expect(resources).toHaveLength(1);
    const sco = resources[0]!;
    expect(items[0]!.getAttribute('identifierref')).toBe(sco.getAttribute('identifier'));
    expect(sco.getAttributeNS(SCORM12_NAMESPACES.adlcp, 'scormtype')).toBe('sco');
    expect(sco.getAttribute('type')).toBe('webcontent');
    expect(sco.getAttribute('href')).toBe('index.html');
    expect(elements(doc, 'file').map((f) => f.getAttribute('href'))).toEqual(FILES);
    expect(items[0]!.hasAttribute('parameters')).toBe(false);
  });

  it('escapes the title and carries launch parameters on the item when given', () => {
    const doc = parseXml(manifest({ title: 'Kurssi <"A & B">', parameters: '?locale=sv&seed=x' }));
    expect(elements(doc, 'title')[0]!.textContent).toBe('Kurssi <"A & B">');
    expect(elements(doc, 'item')[0]!.getAttribute('parameters')).toBe('?locale=sv&seed=x');
  });

  it('refuses a launch page that is not one of the files', () => {
    expect(() => scormManifest({ identifier: 'x', version: '1', title: 't', launch: 'start.html', files: FILES })).toThrow(/start\.html/);
  });
});

describe('launchPage', () => {
  const page = launchPage({ locale: 'sv', titles: { fi: 'Testi', sv: 'Test <1>', en: 'Quiz' }, scripts: ['digituki-quiz.js', 'scorm12-launch.js'] });

  it('has no inline script or style: module scripts from the package, no style element or attribute', () => {
    expect([...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(([tag, body]) => [/ src="[^":]+"/.test(tag), body])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it("starts in the configuration's language and names the title in each", () => {
    expect(page).toMatch(/<html lang="sv">/);
    expect(page).toContain('<title>Test &lt;1&gt;</title>');
    expect([...page.matchAll(/<meta name="digituki-title" lang="([^"]+)"/g)].map((m) => m[1])).toEqual(['fi', 'sv', 'en']);
  });
});

describe('deterministicZip', () => {
  const files: [string, string][] = [
    ['imsmanifest.xml', '<manifest/>'],
    ['index.html', '<!doctype html>'],
  ];

  it('gives the same bytes for the same files, in the order given, with fixed dates', () => {
    const zip = deterministicZip(files);
    expect(deterministicZip(files)).toEqual(zip);
    expect(Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)])).toEqual(files);
    expect(deterministicZip([...files].reverse())).not.toEqual(zip);
  });
});

describe('one package per language', () => {
  it('in Finnish, Swedish and English, each at a path of its own with an identifier of its own; the Finnish one keeps the all-language package’s (a Moodle activity updated with it keeps its tracked data)', () => {
    expect(SCORM_LOCALES).toEqual(['fi', 'sv', 'en']);
    expect(SCORM_IDENTIFIERS.fi).toBe('digituki-quiz-scorm12');
    expect(new Set(Object.values(SCORM_IDENTIFIERS)).size).toBe(3);
    expect(new Set(SCORM_LOCALES.map(scormPackagePath)).size).toBe(3);
    expect(scormPackagePath('sv')).toBe('dist/digituki-quiz-scorm12.sv.zip');
  });
});
