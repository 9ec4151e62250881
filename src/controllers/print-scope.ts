/**
 * While the customer view is open, the page prints only the guide: a stylesheet adopted by the
 * document (adopted, so a strict CSP's style-src allows it as it does the element's own styles)
 * hides, in print, everything on the page but the guide and the elements around it, which lose
 * their margins and frames. The intranet's header, navigation and staff headings stay off the
 * customer's paper, whether the supporter uses the Print button or the browser's own print.
 * Elements inside another component's shadow root are beyond a document's stylesheet and print.
 */
const PRINT_ONLY = `@media print {
  body *:not([data-digituki-print-path]):not([data-digituki-print]):not([data-digituki-print] *) { display: none !important; }
  [data-digituki-print-path] { display: block !important; position: static !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; width: auto !important; max-width: none !important; }
}`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

export class PrintScope {
  private marked: Element[] = [];

  constructor(private readonly host: HTMLElement) {}

  /** From now on the page prints only the host. */
  claim(): void {
    this.release();
    const document = this.host.ownerDocument;
    let sheet = sheets.get(document);
    if (!sheet) {
      sheet = new document.defaultView!.CSSStyleSheet();
      sheet.replaceSync(PRINT_ONLY);
      sheets.set(document, sheet);
    }
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.host.setAttribute('data-digituki-print', '');
    for (let at = parentOf(this.host); at && at !== document.body && at !== document.documentElement; at = parentOf(at)) {
      at.setAttribute('data-digituki-print-path', '');
      this.marked.push(at);
    }
  }

  /** The page prints as it did. */
  release(): void {
    if (!this.host.hasAttribute('data-digituki-print')) return;
    this.host.removeAttribute('data-digituki-print');
    for (const element of this.marked) element.removeAttribute('data-digituki-print-path');
    this.marked = [];
    const document = this.host.ownerDocument;
    const sheet = sheets.get(document);
    if (sheet && !document.querySelector('[data-digituki-print]')) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** The element around `element`, across a shadow root's boundary. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}
