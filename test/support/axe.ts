/** Runs axe-core on an element in the browser and returns its WCAG 2.1 A/AA violations, summarised. */
import axe from 'axe-core';

export async function axeViolations(context: Element): Promise<string[]> {
  const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
