/**
 * Registers an element under a tag name the host chooses, for pages where two builds of the
 * library meet (two SharePoint web parts, each with its own bundle): each uses a tag of its own,
 * and a name that is already taken is left as it is, never redefined and never an error.
 */

/**
 * Defines `element` as `tagName` and returns the class registered under that name: `element`
 * itself for its default tag, a subclass of its own for any other (one class can be registered
 * under one name only), or whatever the page had already registered under the name. A name
 * that is not a valid custom element name throws the browser's `SyntaxError`.
 */
export function defineElement(tagName: string, element: CustomElementConstructor, defaultTag: string): CustomElementConstructor {
  const taken = customElements.get(tagName);
  if (taken) return taken;
  const definition = tagName === defaultTag ? element : class extends element {};
  customElements.define(tagName, definition);
  return definition;
}
