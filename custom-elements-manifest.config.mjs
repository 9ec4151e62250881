// `npm run analyze` writes custom-elements.json from the JSDoc on the elements.
export default {
  // package.json names the published manifest ("customElements": "custom-elements.json") by hand;
  // the analyzer would otherwise rewrite it to wherever it last wrote (the freshness test writes nowhere).
  packagejson: false,
  globs: ['src/**/*.ts'],
  // src/scorm/ is the SCORM package's launch module, a host of the quiz, not an element nor part of the library.
  // src/react/ wraps the elements for React (`digituki-guide/react`): no element of its own.
  exclude: ['src/generated/**', 'src/scorm/**', 'src/react/**'],
  litelement: true,
  plugins: [
    {
      // The elements define themselves through defineElement() (src/define-element.ts), which the
      // analyzer reads as a definition of a tag named "tagName": list each element's definition
      // under its @tagname instead, in its own module.
      name: 'tag-definitions',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.exports = (module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && declaration.tagName) {
              module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
            }
          }
        }
      },
    },
    {
      // The analyzer reads files in whatever order the file system answers: sort for a stable file.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      // The JSDoc @event lines name every event; the analyzer also adds a nameless entry for
      // each `dispatchEvent(new SomeEvent())` it cannot read the name from.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
