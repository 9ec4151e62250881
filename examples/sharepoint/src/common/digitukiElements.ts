/**
 * The tags this solution renders, and what both web parts share.
 *
 * Two SPFx solutions that each bundle digituki-guide may meet on one page (this one and another
 * organisation's, or two versions of a copy of this example). A custom element name can be
 * defined once per page and the first definition wins, so each solution registers the elements
 * under tags of its own with `defineGuide(tag)` and `defineQuiz(tag)` and renders those: the
 * other solution's `<digituki-guide>`, whatever version it is, never stands in for this one's.
 *
 * The prefix is `spfx-` and the first eight hex digits of this solution's id (`solution.id` in
 * config/package-solution.json), which a tenant App Catalog holds once: a copy of this example
 * needs a new solution id, and these two tags follow it (the package test checks that they do).
 */
import type { IPropertyPaneDropdownOption } from '@microsoft/sp-property-pane';

/** `<digituki-guide>` under this solution's own tag. */
export const GUIDE_TAG: string = 'spfx-fc9085a0-digituki-guide';

/** `<digituki-quiz>` under this solution's own tag. */
export const QUIZ_TAG: string = 'spfx-fc9085a0-digituki-quiz';

/** The language a web part shows: one of the elements' locales, or the page's (no `locale` attribute). */
export type LocaleChoice = 'page' | 'fi' | 'sv' | 'en';

/**
 * The property pane's language choices. Each language by its own name; "follow the page" leaves
 * `locale` off, and the element takes the closest `lang` (SharePoint sets the page's on `<html>`,
 * e.g. `fi-FI`; a multilingual site's translated page has its own).
 */
export function localeOptions(followPage: string): IPropertyPaneDropdownOption[] {
  return [
    { key: 'page', text: followPage },
    { key: 'fi', text: 'Suomi' },
    { key: 'sv', text: 'Svenska' },
    { key: 'en', text: 'English' },
  ];
}

/** The `locale` attribute for a choice: none to follow the page. */
export function localeAttribute(choice: LocaleChoice | undefined): string | undefined {
  return choice === 'fi' || choice === 'sv' || choice === 'en' ? choice : undefined;
}

/** Sets `name` to `value`, or removes it for `undefined` (the element's default). Leaves an unchanged attribute alone. */
export function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * The element this web part renders, created once in `domElement` and then updated in place, so
 * a change in the property pane keeps the supporter's answers or the learner's attempt.
 */
export function ensureElement(container: HTMLElement, tag: string): HTMLElement {
  const first = container.firstElementChild;
  if (first && first.localName === tag) return first as HTMLElement;
  const element = document.createElement(tag);
  container.replaceChildren(element);
  return element;
}
