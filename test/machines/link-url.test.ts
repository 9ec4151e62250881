/** Which referral addresses may become links: https, http, mailto, tel and relative ones; nothing else. */
import { describe, expect, it } from 'vitest';
import { linkableUrl } from '../../machines/index.js';

describe('linkableUrl', () => {
  it.each(['https://www.suomi.fi/', 'http://example.org/a?b=c#d', 'mailto:digituki@example.org', 'tel:+358900000', '/intranet/help', 'help.html', '//example.org/x'])(
    'links %s',
    (url) => expect(linkableUrl(url)).toBe(url),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'ftp://example.org/',
    'https://[bad',
  ])('refuses %j', (url) => expect(linkableUrl(url)).toBeUndefined());

  it('gives nothing for no address', () => expect(linkableUrl(undefined)).toBeUndefined());
});
