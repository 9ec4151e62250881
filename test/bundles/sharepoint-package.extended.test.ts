/**
 * The SharePoint Framework package (examples/sharepoint) as a tenant's App Catalog gets it. The
 * test builds the `.sppkg` itself with `npm run example:sharepoint`'s function
 * (scripts/sharepoint-package.ts: the library build, Node 22 from the npm registry, `npm ci` and
 * the production SPFx build; about 4 minutes and 1.2 GB on 2 cores, so the limit is 20 minutes),
 * unzips it with fflate and checks:
 *
 * - the web parts' scripts are in the package (`includeClientSideAssets`): each web part's
 *   manifest loads its bundle and its strings from the package's ClientSideAssets, and nothing but
 *   SharePoint's own SPFx libraries besides; the App Catalog may deploy it tenant-wide;
 * - the guide's bundle holds the guide and the tree, not the scenario bank; the quiz's the quiz
 *   and the bank; each under this solution's own tag, derived from the package's solution id;
 * - no address in any file of the package but those of the allow-list below (README of the
 *   example, "Nothing loaded from elsewhere");
 * - in Debian's Chromium (playwright-core), on a page served under a script policy stricter than
 *   SharePoint Online's, where another solution has already defined `<digituki-guide>` and
 *   `<digituki-quiz>`: each web part, loaded as SharePoint's loader does from its manifest (a
 *   stand-in for the SPFx runtime gives it its base class and property pane), renders a working
 *   element under its own tag with its properties, and a property change updates it in place.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { launchChromium } from '../../scripts/chromium.js';
import { buildSharePointPackage, EXAMPLE, type SharePointPackage } from '../../scripts/sharepoint-package.js';

/** What a web part's manifest tells SharePoint's loader (the part the checks read). */
interface ComponentManifest {
  id: string;
  alias: string;
  version: string;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, { type: 'path'; path: string } | { type: 'localizedPath'; defaultPath: string; paths?: Record<string, string> } | { type: 'component'; id: string; version: string }>;
  };
}

/** SPFx's placeholder for the site's ClientSideAssets library, which SharePoint fills in when the app is added. */
const ASSET_LIBRARY = 'HTTPS://SPCLIENTSIDEASSETLIBRARY/';

/**
 * Every address the package may hold, where, and why it loads nothing from elsewhere. Anything
 * else fails the test. The referral links come from the tree, so a new one in the content is
 * allowed with it (the guide links it for the supporter to follow; the page never fetches it).
 */
const ALLOWED: readonly { readonly url: RegExp; readonly files: RegExp; readonly why: string }[] = [
  {
    url: /^http:\/\/schemas\.openxmlformats\.org\/package\/2006\/(relationships|content-types)$/,
    files: /(\.rels|\[Content_Types\]\.xml)$/,
    why: 'Open Packaging Conventions namespaces (an .sppkg is an OPC package)',
  },
  {
    url: /^http:\/\/schemas\.microsoft\.com\/sharepoint\/(2012\/app\/(manifest|partconfiguration|relationships\/[a-z-]+))?$/,
    files: /\.(xml|rels)$/,
    why: "SharePoint's app manifest and feature namespaces and relationship types",
  },
  { url: /^HTTPS:\/\/SPCLIENTSIDEASSETLIBRARY\/$/, files: /\/WebPart_[0-9a-f-]+\.xml$/, why: "SPFx's placeholder for the site's ClientSideAssets library, the loader's base for the package's own scripts" },
  { url: /^https:\/\/relative\.invalid\/$/, files: /^ClientSideAssets\/digituki-(guide|quiz)-web-part_[0-9a-f]+\.js$/, why: 'the base the elements parse a link against to read its scheme (.invalid never resolves)' },
  {
    url: /^http:\/\/adlnet\.gov\/expapi\/(verbs\/(passed|failed)|activities\/assessment)$/,
    files: /^ClientSideAssets\/digituki-quiz-web-part_[0-9a-f]+\.js$/,
    why: "xAPI identifiers in the quiz's statement (names, never fetched)",
  },
  ...Object.values(tree.referrals).flatMap((referral) =>
    referral.url
      ? [{ url: new RegExp(`^${referral.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), files: /^ClientSideAssets\/digituki-(guide|quiz)-web-part_[0-9a-f]+\.js$/, why: 'a referral link of the tree, for the supporter to follow' }]
      : [],
  ),
];

/** An http(s) address in text: the scheme, then a host's first character (a bare "https://" in prose is none). */
const URL_PATTERN = /https?:\/\/[a-z0-9][^\s"'<>`)\\&]*/gi;

/** A string only the scenario bank holds, and one only the tree holds (an outcome's action line). */
const bankText = scenarios.text.en!.SC01!.situation.slice(0, 40);
const treeText = tree.text.en!.outcomes['guide-own-service']!.action.slice(0, 40);

/** The package's solution id (AppManifest.xml), and the tags the web parts must use, derived from it. */
let solutionId: string;
/** AppManifest.xml's SkipFeatureDeployment: "true" lets the App Catalog offer tenant-wide deployment. */
let skipFeatureDeployment: string | null;
const tags = () => ({ guide: `spfx-${solutionId.slice(0, 8)}-digituki-guide`, quiz: `spfx-${solutionId.slice(0, 8)}-digituki-quiz` });

let built: SharePointPackage;
let files: Record<string, Uint8Array>;
const manifests: Record<'guide' | 'quiz', ComponentManifest> = {} as never;
const text = (name: string): string => strFromU8(files[name]!);
/** A web part's bundle: the script its manifest names as its entry module. */
const bundle = (part: 'guide' | 'quiz'): string => {
  const { entryModuleId, scriptResources } = manifests[part].loaderConfig;
  const entry = scriptResources[entryModuleId]!;
  if (entry.type !== 'path') throw new Error(`${part}'s entry module is ${entry.type}`);
  return text(`ClientSideAssets/${entry.path}`);
};

beforeAll(async () => {
  built = await buildSharePointPackage();
  console.log(`${built.path}: ${built.bytes} bytes, built in ${built.seconds.toFixed(0)} s (${built.steps.map((s) => `${s.step} ${s.seconds.toFixed(0)} s`).join('; ')}); examples/sharepoint holds ${(built.diskBytes / 2 ** 20).toFixed(0)} MB`);
  files = unzipSync(readFileSync(built.path));
  const app = new DOMParser().parseFromString(text('AppManifest.xml'), 'text/xml').documentElement!;
  solutionId = app.getAttribute('ProductID')!;
  skipFeatureDeployment = app.getAttribute('SkipFeatureDeployment');
  for (const name of Object.keys(files).filter((n) => /\/WebPart_[0-9a-f-]+\.xml$/.test(n))) {
    const component = new DOMParser().parseFromString(text(name), 'text/xml').getElementsByTagName('ClientSideComponent')[0]!;
    const manifest = JSON.parse(component.getAttribute('ComponentManifest')!) as ComponentManifest;
    manifests[manifest.alias === 'DigitukiGuideWebPart' ? 'guide' : 'quiz'] = manifest;
  }
}, 20 * 60_000);

describe('the .sppkg', () => {
  it('ships the web parts’ scripts itself: each manifest loads its bundle and strings from the package, and only SPFx’s own libraries besides', () => {
    const solution = JSON.parse(readFileSync(join(EXAMPLE, 'config', 'package-solution.json'), 'utf8')) as { solution: { id: string; includeClientSideAssets: boolean } };
    expect(solution.solution.includeClientSideAssets).toBe(true);
    expect(solutionId).toBe(solution.solution.id);
    expect(skipFeatureDeployment, 'tenant-wide deployment offered').toBe('true');
    expect(Object.keys(manifests).sort()).toEqual(['guide', 'quiz']);
    for (const manifest of Object.values(manifests)) {
      const { internalModuleBaseUrls, scriptResources } = manifest.loaderConfig;
      expect(internalModuleBaseUrls, manifest.alias).toEqual([ASSET_LIBRARY]);
      for (const [name, resource] of Object.entries(scriptResources)) {
        if (resource.type === 'component') expect(name, `${manifest.alias}: ${name}, loaded by SharePoint as a component`).toMatch(/^@microsoft\/sp-[a-z-]+$/);
        else {
          const paths = resource.type === 'path' ? [resource.path] : [resource.defaultPath, ...Object.values(resource.paths ?? {})];
          for (const path of paths) expect(Object.keys(files), `${manifest.alias}: ${name}`).toContain(`ClientSideAssets/${path}`);
        }
      }
    }
    // The feature that puts the package's assets in the site's ClientSideAssets library lists each web part's bundle.
    const deployed = text('_rels/ClientSideAssets.xml.rels');
    for (const part of ['guide', 'quiz'] as const) {
      const { entryModuleId, scriptResources } = manifests[part].loaderConfig;
      expect(deployed, part).toContain(`Target="/ClientSideAssets/${(scriptResources[entryModuleId] as { path: string }).path}"`);
    }
  });

  it('holds the guide in the guide’s web part and the quiz in the quiz’s, each under this solution’s own tag', () => {
    const { guide, quiz } = tags();
    expect(bundle('guide')).toContain(treeText);
    expect(bundle('guide')).toContain(`"${guide}"`);
    expect(bundle('guide')).not.toContain(bankText);
    expect(bundle('guide')).not.toContain(quiz);
    expect(bundle('quiz')).toContain(bankText);
    expect(bundle('quiz')).toContain(`"${quiz}"`);
    expect(bundle('quiz')).not.toContain(guide);
  });

  it('holds no address but those of the allow-list, and loads no script of its own accord', () => {
    const found = new Map<string, Set<string>>();
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('.png')) continue;
      for (const [url] of strFromU8(data).matchAll(URL_PATTERN)) {
        found.set(url, (found.get(url) ?? new Set()).add(name));
        expect(ALLOWED.some((allowed) => allowed.url.test(url) && allowed.files.test(name)), `${url} in ${name}`).toBe(true);
      }
    }
    console.log(`addresses in the package: ${[...found.keys()].sort().join(', ')}`);
    for (const part of ['guide', 'quiz'] as const) {
      expect(bundle(part), part).not.toMatch(/loadScript|SPComponentLoader|importScripts|document\.write/);
    }
  });
});

/**
 * Stricter than SharePoint Online's (which also allows 'unsafe-eval', a nonce and Microsoft's
 * CDNs): scripts from the page's own origin only, where SharePoint serves the ClientSideAssets.
 */
const CSP = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');

/**
 * What SharePoint's page gives a web part's bundle, reduced to what these web parts use: an AMD
 * `define`, the SPFx modules the bundles import (a base class with `properties`, `domElement`
 * and `onInit`; the property pane's field functions; `Version`), and a loader that reads the
 * web part's manifest as SharePoint's does: the strings for the page's language, then the bundle.
 */
const SPFX_STAND_IN = `(() => {
  const modules = new Map();
  let loading = null;
  window.define = (name, deps, factory) => {
    if (typeof name !== 'string') { factory = deps; deps = name; name = loading; }
    modules.set(name, factory(...deps.map((dep) => {
      if (!modules.has(dep)) throw new Error('no module ' + dep);
      return modules.get(dep);
    })));
  };
  function BaseClientSideWebPart() { this.properties = {}; this.domElement = document.createElement('div'); }
  BaseClientSideWebPart.prototype.onInit = function () { return Promise.resolve(); };
  const field = (type) => (targetProperty, properties) => ({ type, targetProperty, properties });
  modules.set('@microsoft/sp-core-library', { Version: { parse: (version) => ({ version }) } });
  modules.set('@microsoft/sp-webpart-base', { BaseClientSideWebPart });
  modules.set('@microsoft/sp-property-pane', { PropertyPaneDropdown: field('Dropdown'), PropertyPaneTextField: field('TextField'), PropertyPaneSlider: field('Slider') });
  const load = (path, name) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/ClientSideAssets/' + path;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(path));
    loading = name;
    document.head.append(script);
  });
  window.spfx = {
    async loadWebPart(manifest, culture) {
      const { entryModuleId, scriptResources } = manifest.loaderConfig;
      for (const [name, resource] of Object.entries(scriptResources)) {
        if (resource.type === 'localizedPath') await load(resource.paths?.[culture] ?? resource.defaultPath, name);
        else if (resource.type === 'component' && !modules.has(name)) throw new Error('SharePoint would give ' + name);
      }
      await load(scriptResources[entryModuleId].path, entryModuleId);
      // A bundle defines itself as <component id>_<version>, or anonymously (SPFx writes both kinds).
      const entry = modules.get(manifest.id + '_' + manifest.version) ?? modules.get(entryModuleId);
      if (!entry) throw new Error(manifest.alias + ' defined no module');
      return entry.default;
    },
  };
})();`;

/** The page's own script: another solution has the plain tags; then the two web parts, with their properties. */
const pageScript = (guideManifest: ComponentManifest, quizManifest: ComponentManifest): string => `(async () => {
  customElements.define('digituki-guide', class OtherSolutionsGuide extends HTMLElement {});
  customElements.define('digituki-quiz', class OtherSolutionsQuiz extends HTMLElement {});
  const Guide = await spfx.loadWebPart(${JSON.stringify(guideManifest)}, 'sv-SE');
  const guide = new Guide();
  guide.properties = { locale: 'page', setting: 'general-support', contacts: 'Digitalt stöd, tfn 09 000 0000\\n\\n  Biblioteket <b>öppet</b> 10–18  ' };
  document.getElementById('guide-zone').append(guide.domElement);
  await guide.onInit();
  guide.render();
  const Quiz = await spfx.loadWebPart(${JSON.stringify(quizManifest)}, 'fi-FI');
  const quiz = new Quiz();
  quiz.properties = { locale: 'fi', items: 3, badgeUrl: ' https://oppiva.example.fi/badge ' };
  document.getElementById('quiz-zone').append(quiz.domElement);
  await quiz.onInit();
  quiz.render();
  window.webParts = { guide, quiz, firstGuide: guide.domElement.firstElementChild };
  document.body.dataset.ready = 'true';
})().catch((error) => {
  console.error(error.stack);
  document.body.dataset.ready = 'failed';
});`;

describe('the web parts on a SharePoint page where another solution has defined <digituki-guide> and <digituki-quiz>', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const PAGE_PATH = '/sites/intranet/SitePages/Digituki.aspx';

  beforeAll(async () => {
    const page = `<!doctype html><html lang="sv-SE"><head><meta charset="utf-8"><title>Intranät</title><script defer src="/_layouts/15/spfx.js"></script><script defer src="/_layouts/15/page.js"></script></head><body><main><h1>Digitalt stöd</h1><div id="guide-zone"></div><div id="quiz-zone"></div></main></body></html>`;
    const scripts: Record<string, string> = { '/_layouts/15/spfx.js': SPFX_STAND_IN, '/_layouts/15/page.js': pageScript(manifests.guide, manifests.quiz) };
    server = createServer((request, response) => {
      const path = new URL(request.url!, 'http://localhost').pathname;
      const headers = { 'Content-Security-Policy': CSP };
      const asset = path.startsWith('/ClientSideAssets/') ? files[path.slice(1)] : undefined;
      if (path === PAGE_PATH) response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
      else if (scripts[path]) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(scripts[path]);
      else if (asset && path.endsWith('.js')) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(asset);
      else if (path === '/favicon.ico') response.writeHead(204).end(); // the browser's own request
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders each under its own tag with its properties, loading nothing from elsewhere, and updates in place', { timeout: 60_000 }, async () => {
    const { guide: guideTag, quiz: quizTag } = tags();
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.ico')) requests.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(origin + PAGE_PATH);
    await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    expect(problems).toEqual([]);

    // The other solution keeps the plain tags; the web parts' elements are their own.
    const defined = await page.evaluate(([g, q]) => [customElements.get('digituki-guide')?.name, customElements.get('digituki-quiz')?.name, !!customElements.get(g!), !!customElements.get(q!)], [guideTag, quizTag]);
    expect(defined).toEqual(['OtherSolutionsGuide', 'OtherSolutionsQuiz', true, true]);

    // The guide: the page's language (sv-SE), setting preset (its question skipped), contacts as text.
    const guide = page.locator(`#guide-zone > div > ${guideTag}`);
    expect(await guide.getAttribute('preset')).toBe('setting=general-support');
    expect(await guide.getAttribute('locale')).toBeNull();
    await expect.poll(() => guide.locator('h2').first().textContent()).toBe(tree.text.sv!.questions.circumstances!.title);
    expect(await guide.locator('[part~="base"]').getAttribute('lang')).toBe('sv');
    expect(await guide.locator('ul[slot="contacts"] > li').allTextContents()).toEqual(['Digitalt stöd, tfn 09 000 0000', 'Biblioteket <b>öppet</b> 10–18']);
    expect(await guide.locator('ul[slot="contacts"] b').count()).toBe(0);
    await guide.locator('input[name="circumstances"][value="none"]').click();
    await guide.locator('form button.primary').click();
    await expect.poll(() => guide.locator('h2').first().textContent()).toBe(tree.text.sv!.questions.request!.title);

    // A property change (as the property pane makes): the same element, its walk kept, in English, new contacts.
    const same = await page.evaluate(() => {
      const { guide: webPart, firstGuide } = (window as unknown as { webParts: { guide: { properties: Record<string, unknown>; render(): void; domElement: HTMLElement }; firstGuide: Element } }).webParts;
      webPart.properties.locale = 'en';
      webPart.properties.contacts = 'Service desk';
      webPart.render();
      return webPart.domElement.firstElementChild === firstGuide && webPart.domElement.children.length === 1;
    });
    expect(same).toBe(true);
    await expect.poll(() => guide.locator('h2').first().textContent()).toBe(tree.text.en!.questions.request!.title);
    expect(await guide.locator('ul[slot="contacts"] > li').allTextContents()).toEqual(['Service desk']);

    // The quiz: Finnish, three items, the badge link trimmed.
    const quiz = page.locator(`#quiz-zone > div > ${quizTag}`);
    expect([await quiz.getAttribute('locale'), await quiz.getAttribute('items'), await quiz.getAttribute('badge-url')]).toEqual(['fi', '3', 'https://oppiva.example.fi/badge']);
    expect(await quiz.locator('[part~="base"]').getAttribute('lang')).toBe('fi');
    await expect.poll(() => quiz.locator('[part~="base"]').textContent()).toContain('3 kysymystä'); // quiz.intro.count in Finnish

    await page.close();
    expect(problems).toEqual([]);
    const assets = (part: 'guide' | 'quiz', culture: string) => {
      const resources = Object.values(manifests[part].loaderConfig.scriptResources);
      const strings = resources.find((r) => r.type === 'localizedPath')!;
      const entry = manifests[part].loaderConfig.scriptResources[manifests[part].loaderConfig.entryModuleId]!;
      return [strings.type === 'localizedPath' ? strings.paths![culture]! : '', entry.type === 'path' ? entry.path : ''].map((path) => `${origin}/ClientSideAssets/${path}`);
    };
    expect(requests.sort()).toEqual([origin + PAGE_PATH, `${origin}/_layouts/15/spfx.js`, `${origin}/_layouts/15/page.js`, ...assets('guide', 'sv-SE'), ...assets('quiz', 'fi-FI')].sort());
  });
});
