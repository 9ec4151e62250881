/** The SharePoint quiz web part's range of items follows the scenario bank (issue 17 item 5): its property pane offers no count the quiz would refuse. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { maxItemCount } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

it('offers up to the largest number of items an attempt can draw', () => {
  const source = readFileSync('examples/sharepoint/src/webparts/digitukiQuiz/DigitukiQuizWebPart.ts', 'utf8');
  expect(Number(/export const MAX_ITEMS: number = (\d+);/.exec(source)?.[1])).toBe(maxItemCount(tree, scenarios));
});
