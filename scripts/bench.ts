/**
 * `npm run bench`: prints how long validating, compiling and walking take for the default tree
 * and for generated trees of 100 to 50,000 questions, so the growth with size can be seen; then
 * the machine on a chain of 10,000 questions (a walk one event per answer, Back, a change of the
 * first answer, a resume through the input, and the heap the walk takes). Figures only, never
 * asserted (timing on a shared machine is noisy). A short run is repeated and its median shown;
 * a run over a second is done once.
 */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { initialTransition, transition } from 'xstate';
import { compileTree, drawItems, prepareTree, recommend, validateTree, type Answers, type GuideMachine, type TreeDefinition } from '../machines/index.js';
import { scenarios as scenarioBank, tree as digitalSupport } from '../machines/trees/digital-support/index.js';
import { generateChain, generateTree, longestWalk } from './generate-tree.js';

const RUNS = 5;
/** A run longer than this is not repeated: its single time is shown, marked with `*`. */
const LONG_MS = 1_000;

/** `global.gc` with `--expose-gc`; otherwise the flag is set now and gc taken from a fresh context, so `npm run bench` needs no flag. */
const collectGarbage: () => void =
  globalThis.gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

interface Timing {
  readonly ms: number;
  /** 1 for a single (long) run, else the number of runs the median is of. */
  readonly runs: number;
}

/** One run; when it is short, `RUNS` more and their median (the first one warms up and is dropped). */
function time(run: () => void): Timing {
  let start = performance.now();
  run();
  const first = performance.now() - start;
  if (first > LONG_MS) return { ms: first, runs: 1 };
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, runs: RUNS };
}

const show = ({ ms, runs }: Timing, digits = 2) => `${ms.toFixed(digits)}${runs === 1 ? '*' : ' '}`;
const how = ({ runs }: Timing) => (runs === 1 ? 'single run' : `median of ${runs}`);
const count = (n: number) => n.toLocaleString('en');

/** A structural copy, so that no cache keyed by the tree object helps a run. */
const fresh = (tree: TreeDefinition): TreeDefinition => ({ ...tree });

function machineWalk(tree: TreeDefinition, answers: Answers): Timing {
  const machine = compileTree(tree);
  return time(() => {
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

const sizes = [100, 1_000, 10_000, 50_000];
const cases: [string, TreeDefinition, Answers][] = [
  ['default (digital-support)', digitalSupport, longestDefaultWalk],
  ...sizes.map((n): [string, TreeDefinition, Answers] => {
    const tree = generateTree(n);
    return [`generated ${count(n)}`, tree, longestWalk(tree)];
  }),
];

console.log(`digituki-guide engine benchmark: Node ${process.version}, ${cpus().length} cores, milliseconds`);
console.log(`each figure is the median of ${RUNS} runs after a warm-up run, or (marked *) a single run where one takes over ${count(LONG_MS)} ms`);
console.log('validate and compile get a fresh copy of the tree each run (compile includes validation); a walk answers the longest branch');
console.log('recommend walk: the pure walk on a prepared tree (prepareTree), so no validation, given the answers of its path only; machine walk: one transition() per answer\n');
const rows = cases.map(([name, tree, answers]) => {
  const questions = Object.keys(tree.questions).length;
  const validate = time(() => validateTree(fresh(tree)));
  const compile = time(() => compileTree(fresh(tree)));
  const prepared = prepareTree(tree);
  const { path } = recommend(prepared, answers);
  // Only the answers on the path: recommend checks every answer it is given, which would measure that.
  const onPath: Answers = Object.fromEntries(path.map((id) => [id, answers[id]!]));
  const pathLength = path.length;
  const walk = time(() => recommend(prepared, onPath));
  const machine = machineWalk(prepared, answers);
  return { name, questions, pathLength, validate, compile, walk, machine };
});
const header = ['tree', 'questions', 'walk length', 'validate', 'compile', 'recommend walk', 'machine walk'];
const table = [header, ...rows.map((r) => [r.name, count(r.questions), String(r.pathLength), show(r.validate), show(r.compile), show(r.walk, 3), show(r.machine)])];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
const at = (n: number) => rows.find((r) => r.questions === n)!;
console.log(`\ngrowth from 100 to 10,000 questions (x100 in size): validate x${(at(10_000).validate.ms / at(100).validate.ms).toFixed(0)}, compile x${(at(10_000).compile.ms / at(100).compile.ms).toFixed(0)}`);
console.log(`growth from 10,000 to 50,000 questions (x5 in size): validate x${(at(50_000).validate.ms / at(10_000).validate.ms).toFixed(1)}, compile x${(at(50_000).compile.ms / at(10_000).compile.ms).toFixed(1)}`);
const big = at(50_000).compile;
console.log(`50,000 questions validated and compiled: ${big.ms.toFixed(0)} ms (target under 3,000 ms; ${how(big)})`);

// ---- A chain of 10,000 questions: the longest walk there can be for that size. ----

const LENGTH = 10_000;
const EDGE = 100;
const chain = prepareTree(generateChain(LENGTH, 2));
const chainAnswers = longestWalk(chain);
const machine: GuideMachine = compileTree(chain);
type Snapshot = ReturnType<typeof initialTransition<GuideMachine>>[0];
const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20;

function expectResult(snapshot: Snapshot, what: string): Snapshot {
  if (!snapshot.hasTag('result') || snapshot.context.path.length !== LENGTH) throw new Error(`bench: ${what} did not reach the result after ${count(LENGTH)} questions`);
  return snapshot;
}

collectGarbage();
const heapBefore = heapMB();
let peak = heapBefore;
const stepMs = new Float64Array(LENGTH);
const walkStart = performance.now();
let snapshot = initialTransition(machine, {})[0];
for (let i = 0; snapshot.hasTag('question'); i++) {
  const questionId = snapshot.context.path.at(-1)!;
  const start = performance.now();
  snapshot = transition(machine, snapshot, { type: 'answer', questionId, value: chainAnswers[questionId]! })[0];
  stepMs[i] = performance.now() - start;
  if (i % 500 === 499) peak = Math.max(peak, heapMB());
}
const walkTotal = performance.now() - walkStart;
const heapAfterWalk = heapMB();
let result: Snapshot | undefined = expectResult(snapshot, 'the walk');
const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / xs.length;
const firstSteps = mean(stepMs.subarray(0, EDGE));
const lastSteps = mean(stepMs.subarray(LENGTH - EDGE));

const back = time(() => {
  const [after] = transition(machine, result!, { type: 'back' });
  if (after.context.path.at(-1) !== `q${LENGTH - 1}` || after.hasTag('result')) throw new Error('bench: Back did not return to the last question');
});
const change = time(() => expectResult(transition(machine, result!, { type: 'answer', questionId: 'q0', value: 'a1' })[0], 'the change of the first answer'));
const resume = time(() => expectResult(initialTransition(machine, { answers: chainAnswers })[0], 'the resume'));

// What the result snapshot holds: the heap with it, then without it (gc both times).
collectGarbage();
const withResult = heapMB();
snapshot = initialTransition(machine, {})[0];
result = undefined;
collectGarbage();
const retained = withResult - heapMB();

const line = (label: string, value: string) => console.log(`${label.padEnd(78)} ${value}`);
console.log(`\nthe machine on a chain of ${count(LENGTH)} two-option questions (generateChain(${LENGTH}, 2)), xstate's pure transition(), milliseconds`);
line(`answer all ${count(LENGTH)}, one event each: total (single run)`, `${walkTotal.toFixed(0)} ms`);
line(`  per step, answers 1-${EDGE} (mean)`, `${firstSteps.toFixed(3)} ms`);
line(`  per step, answers ${count(LENGTH - EDGE + 1)}-${count(LENGTH)} (mean)`, `${lastSteps.toFixed(3)} ms (x${(lastSteps / firstSteps).toFixed(0)} the first ${EDGE})`);
line('  heapUsed growth, start to end of the walk (garbage included, gc free to run)', `${(heapAfterWalk - heapBefore).toFixed(1)} MB (highest seen every 500 steps: +${(peak - heapBefore).toFixed(1)} MB)`);
line('  heap the result snapshot holds (heapUsed with it - without it, after gc)', `${retained.toFixed(1)} MB`);
line(`one Back from the result (${how(back)})`, `${show(back, 3)}ms`);
line(`change the first answer (q0: a -> a1), walking on through ${count(LENGTH - 1)} (${how(change)})`, `${show(change)}ms`);
line(`resume all ${count(LENGTH)} answers: initialTransition(machine, { answers }) (${how(resume)})`, `${show(resume)}ms`);

// The quiz's draw: a tampered attempt number (sessionStorage, attemptState, cmi.suspend_data)
// costs what an early attempt of its round costs, never a replay of every attempt before it.
const drawOf = (attempt: number) => time(() => drawItems(digitalSupport, scenarioBank, { seed: 'bench', attempt, count: 10 }));
console.log('\nthe quiz: drawItems, 10 items of the default bank, milliseconds');
for (const attempt of [1, 8, 10_000_000, Number.MAX_SAFE_INTEGER]) {
  const drawn = drawOf(attempt);
  line(`attempt ${count(attempt)} (${how(drawn)})`, `${show(drawn, 3)}ms`);
}
