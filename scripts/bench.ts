/**
 * `npm run bench`: prints how long validating, compiling and walking take for the default tree
 * and for generated trees of 100, 1,000 and 10,000 questions, so the growth with size can be
 * seen. Figures only, never asserted (timing on a shared machine is noisy). Median of runs.
 */
import { cpus } from 'node:os';
import { initialTransition, transition } from 'xstate';
import { compileTree, recommend, validateTree, type Answers, type TreeDefinition } from '../machines/index.js';
import { tree as digitalSupport } from '../machines/trees/digital-support/index.js';
import { generateTree, longestWalk } from './generate-tree.js';

const RUNS = 5;

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** A structural copy, so that no cache keyed by the tree object helps a run. */
const fresh = (tree: TreeDefinition): TreeDefinition => ({ ...tree });

function machineWalk(tree: TreeDefinition, answers: Answers): number {
  const machine = compileTree(tree);
  return median(() => {
    let snapshot = initialTransition(machine, {})[0];
    while (snapshot.hasTag('question')) {
      const questionId = snapshot.context.path.at(-1)!;
      snapshot = transition(machine, snapshot, { type: 'answer', questionId, value: answers[questionId]! })[0];
    }
  });
}

const longestDefaultWalk: Answers = {
  setting: 'service-situation',
  circumstances: ['codes', 'keep-private'],
  request: 'proxy',
  owner: 'own',
  task: 'transaction',
  identification: 'customer-logs-in',
  device: 'shared',
};

const cases: [string, TreeDefinition, Answers][] = [
  ['default (digital-support)', digitalSupport, longestDefaultWalk],
  ...[100, 1_000, 10_000].map((n): [string, TreeDefinition, Answers] => {
    const tree = generateTree(n);
    return [`generated ${n.toLocaleString('en')}`, tree, longestWalk(tree)];
  }),
];

console.log(`digituki-guide engine benchmark: Node ${process.version}, ${cpus().length} cores, median of ${RUNS} runs, milliseconds`);
console.log('compile includes validation; a walk answers the longest branch (recommend: the pure walk; machine: one transition per answer)\n');
const rows = cases.map(([name, tree, answers]) => {
  const questions = Object.keys(tree.questions).length;
  const validate = median(() => validateTree(fresh(tree)));
  const compile = median(() => compileTree(fresh(tree)));
  const pathLength = recommend(tree, answers).path.length;
  const walk = median(() => recommend(tree, answers));
  const machine = machineWalk(tree, answers);
  return [name, questions, pathLength, validate, compile, walk, machine] as const;
});
const header = ['tree', 'questions', 'walk length', 'validate', 'compile', 'recommend walk', 'machine walk'];
const table = [header, ...rows.map(([name, q, len, ...ms]) => [name, q.toLocaleString('en'), String(len), ...ms.map((t) => t.toFixed(2))])];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const row of table) console.log(row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  '));
const [, , , v100, c100] = rows[1]!;
const [, , , v10k, c10k] = rows[3]!;
console.log(`\ngrowth from 100 to 10,000 questions (x100 in size): validate x${(v10k / v100).toFixed(0)}, compile x${(c10k / c100).toFixed(0)}`);
