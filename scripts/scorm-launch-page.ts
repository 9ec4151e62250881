/**
 * The SCORM 1.2 package's launch page (`index.html`): the quiz's standalone bundle and the
 * launch module, nothing inline (no script, no style, no `style=`), so it runs under a strict
 * CSP. Each language's title is a `<meta name="digituki-title" lang="..">`: the launch module
 * reads the quiz's languages from them and sets the page's `lang` and title to the one it shows.
 */

export interface LaunchPageOptions {
  /** The language the page starts in (the package configuration's). */
  readonly locale: string;
  /** The quiz's title in each of its languages. */
  readonly titles: Readonly<Record<string, string>>;
  /** The quiz's standalone bundle and the launch module, in that order. */
  readonly scripts: readonly string[];
}

export function launchPage({ locale, titles, scripts }: LaunchPageOptions): string {
  return `<!doctype html>
<html lang="${escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(titles[locale] ?? Object.values(titles)[0] ?? 'digituki-quiz')}</title>
${Object.entries(titles)
  .map(([lang, title]) => `<meta name="digituki-title" lang="${escape(lang)}" content="${escape(title)}">`)
  .join('\n')}
${scripts.map((src) => `<script type="module" src="${escape(src)}"></script>`).join('\n')}
</head>
<body>
<main></main>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
