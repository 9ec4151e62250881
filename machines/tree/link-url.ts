/**
 * Which referral addresses may become links: `https:`, `http:`, `mailto:` and `tel:` ones, and
 * relative ones (which take the page's own scheme). Anything else (`javascript:`, `data:`,
 * `file:`...) is refused by `validateTree` and, as a second line of defence, never rendered as a
 * link even if it reaches the element.
 */

export const LINK_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

/** `url` when it may be a link, otherwise `undefined`. */
export function linkableUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    // The URL parser drops the tabs and line breaks a browser drops too ("java\tscript:").
    return LINK_SCHEMES.includes(new URL(url, 'https://relative.invalid/').protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
