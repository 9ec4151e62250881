/**
 * Pseudo-locales (`en-XA`: a region from XA to XZ, private use in BCP 47) for testing that
 * adding a language needs no code: every English string accented and about 30 % longer, so a
 * string left untranslated, cut short or laid out for English only shows at a glance. Their
 * translations are generated, never written by hand, and no build ships them.
 */

/** Whether `locale` is a pseudo-locale: generated for testing, left out of every bundle. */
export const isPseudoLocale = (locale: string): boolean => /-X[A-Z]$/.test(locale);

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** `Log out` → `[Ļöĝ öûţ ~~~]`: accented, bracketed and padded to about 130 % of the length. */
export function pseudoLocalize(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join('');
  const padding = Math.max(1, Math.ceil(text.length * 0.3) - 2);
  return `[${accented} ${'~'.repeat(padding)}]`;
}

/**
 * An XLIFF 1.2 document (lit-localize's) with every unit's target set to the pseudo-translation
 * of its source; placeholders (`<x .../>`) are kept as they are.
 */
export function pseudoLocalizeXliff(xml: string): string {
  return xml.replace(/<trans-unit id="([^"]*)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>[\s\S]*?<\/target>)?/g, (_unit, id: string, source: string) => {
    const target = source
      .split(/(<x [^>]*\/>|&[a-z]+;|&#[0-9]+;)/)
      .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
      .join('');
    const padding = '~'.repeat(Math.max(1, Math.ceil(source.replace(/<x [^>]*\/>/g, 'xxxx').length * 0.3) - 2));
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>[${target} ${padding}]</target>`;
  });
}
