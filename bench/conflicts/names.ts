// Name-matching benchmark (entity resolution): a generated set of Kyrgyz name variants across
// scripts with known truth (src/modules/integrity/names/variants.ts). For each record the
// candidate search (blocking) finds the records to score, and each candidate pair is scored and
// decided. Reports the recall of the candidate search (target at least 0.99 of the true pairs),
// the precision and recall of the decisions, and pairs scored per second; at about 24,000 records
// and, unless --quick, at about 100,000. Pure and in-process: no database.
// Standalone: npm run bench -- conflicts-names [--quick]
import { buildNameIndex, candidatesFor } from '../../src/modules/integrity/names/candidates.ts';
import { MATCH_THRESHOLDS, scorePair } from '../../src/modules/integrity/names/score.ts';
import type { MatchDecision } from '../../src/modules/integrity/names/types.ts';
import { generateVariants, truePairCount } from '../../src/modules/integrity/names/variants.ts';

/** The blocking recall the candidate search must reach. */
export const NAME_RECALL_TARGET = 0.99;

export interface NameMatchingFigures {
  records: number;
  persons: number;
  lookAlikes: number;
  truePairs: number;
  allPairs: number;
  indexSeconds: number;
  blockingKeys: number;
  largestBlock: number;
  searchSeconds: number;
  candidatePairs: number;
  trueCandidatePairs: number;
  /** true pairs among the candidates / all true pairs */
  blockingRecall: number;
  scoreSeconds: number;
  pairsPerSecond: number;
  /** the scoring's CPU time: steadier than the wall clock on a shared machine */
  scoreCpuSeconds: number;
  /** [true pairs, other pairs] by decision */
  decisions: Record<MatchDecision, [number, number]>;
  /** candidate pairs of a person and their look-alike (hard negatives), by decision */
  lookAlikeDecisions: Record<MatchDecision, number>;
}

/** Generates the set, searches and scores it; `persons` people before look-alikes are added. */
export function measureNameMatching(persons: number, seed = 20_260_501): NameMatchingFigures {
  const set = generateVariants({ persons, seed });
  const records = set.records;
  const personOf = records.map((r) => r.personId);
  const resembles = new Map(
    set.persons.filter((p) => p.resembles).map((p) => [p.id, p.resembles!.personId]),
  );
  const position = new Map(records.map((r, i) => [r.id, i]));

  let started = performance.now();
  const index = buildNameIndex(records);
  const indexSeconds = (performance.now() - started) / 1000;
  let largestBlock = 0;
  for (const ids of index.blocks.values()) largestBlock = Math.max(largestBlock, ids.length);

  // The search, each unordered pair once (from its earlier record).
  const left: number[] = [];
  const right: number[] = [];
  started = performance.now();
  for (let i = 0; i < records.length; i++) {
    for (const id of candidatesFor(index, records[i]!)) {
      const j = position.get(id)!;
      if (j > i) {
        left.push(i);
        right.push(j);
      }
    }
  }
  const searchSeconds = (performance.now() - started) / 1000;

  const decisions: Record<MatchDecision, [number, number]> = {
    match: [0, 0],
    review: [0, 0],
    none: [0, 0],
  };
  const verdicts: MatchDecision[] = new Array(left.length);
  started = performance.now();
  const cpu = process.cpuUsage();
  for (let k = 0; k < left.length; k++) {
    verdicts[k] = scorePair(records[left[k]!]!, records[right[k]!]!).decision;
  }
  const scoreSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const scoreCpuSeconds = (used.user + used.system) / 1e6;

  const lookAlikeDecisions: Record<MatchDecision, number> = { match: 0, review: 0, none: 0 };
  let trueCandidatePairs = 0;
  for (let k = 0; k < left.length; k++) {
    const a = personOf[left[k]!]!;
    const b = personOf[right[k]!]!;
    const same = a === b;
    if (same) trueCandidatePairs++;
    decisions[verdicts[k]!][same ? 0 : 1]++;
    if (resembles.get(a) === b || resembles.get(b) === a) lookAlikeDecisions[verdicts[k]!]++;
  }
  const truePairs = truePairCount(records);
  return {
    records: records.length,
    persons: set.persons.length,
    lookAlikes: resembles.size,
    truePairs,
    allPairs: (records.length * (records.length - 1)) / 2,
    indexSeconds,
    blockingKeys: index.blocks.size,
    largestBlock,
    searchSeconds,
    candidatePairs: left.length,
    trueCandidatePairs,
    blockingRecall: trueCandidatePairs / truePairs,
    scoreSeconds,
    pairsPerSecond: left.length / scoreSeconds,
    scoreCpuSeconds,
    decisions,
    lookAlikeDecisions,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en');
const sec = (s: number) => `${s.toFixed(2).padStart(6)} s`;
const ratio = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : 'n/a');

export function printNameMatching(f: NameMatchingFigures) {
  const { match, review } = f.decisions;
  const positives = (d: [number, number][]) => d.reduce((s, [t, o]) => s + t + o, 0);
  const truePositives = (d: [number, number][]) => d.reduce((s, [t]) => s + t, 0);
  const line = (label: string, d: [number, number][]) =>
    console.log(
      `  ${label.padEnd(34)} precision ${ratio(truePositives(d) / positives(d))}  recall ${ratio(truePositives(d) / f.truePairs)}  (${int(positives(d))} pairs)`,
    );
  console.log(
    `${int(f.records)} variant records of ${int(f.persons)} people (${int(f.lookAlikes)} look-alikes: same surname, siblings, namesakes), ${int(f.truePairs)} true pairs`,
  );
  console.log(
    `  ${'index'.padEnd(34)} ${sec(f.indexSeconds)}  ${int(f.blockingKeys)} blocking keys, largest block ${int(f.largestBlock)} records`,
  );
  console.log(
    `  ${'candidate search'.padEnd(34)} ${sec(f.searchSeconds)}  ${int(f.candidatePairs)} candidate pairs = ${((100 * f.candidatePairs) / f.allPairs).toFixed(3)}% of all ${int(f.allPairs)} (${(f.candidatePairs / f.records).toFixed(1)} per record)`,
  );
  console.log(
    `  ${'candidate search recall'.padEnd(34)} ${ratio(f.blockingRecall)}  (${int(f.trueCandidatePairs)} of ${int(f.truePairs)} true pairs among the candidates; target >= ${NAME_RECALL_TARGET})`,
  );
  console.log(
    `  ${'scoring (scorePair)'.padEnd(34)} ${sec(f.scoreSeconds)}  ${int(f.pairsPerSecond)} pairs scored per second (${int(f.candidatePairs / f.scoreCpuSeconds)} per CPU second)`,
  );
  line(`decision match (>= ${MATCH_THRESHOLDS.match})`, [match]);
  line(`decision match or review (>= ${MATCH_THRESHOLDS.review})`, [match, review]);
  const l = f.lookAlikeDecisions;
  console.log(
    `  look-alike pairs among the candidates: ${int(l.match + l.review + l.none)}, decided match ${int(l.match)}, review ${int(l.review)}, none ${int(l.none)}`,
  );
}

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  // ~3.5 variants per person and 15% look-alikes: 6,000 people give ~24,000 records,
  // 26,000 give ~103,000.
  const sizes = quick ? [6_000] : [6_000, 26_000];
  console.log(
    `name matching benchmark (${quick ? 'quick, ' : ''}in-process, one thread; decisions: match >= ${MATCH_THRESHOLDS.match}, review >= ${MATCH_THRESHOLDS.review}; recall and precision over pairs of records)`,
  );
  const results = sizes.map((persons) => {
    const figures = measureNameMatching(persons);
    printNameMatching(figures);
    return figures;
  });
  const recall = Math.min(...results.map((r) => r.blockingRecall));
  console.log(`ratio: ${recall.toFixed(4)} (target: >= ${NAME_RECALL_TARGET})`);
}

// Run directly (node --import tsx bench/conflicts/names.ts): the same as npm run bench -- conflicts-names.
if (import.meta.url === `file://${process.argv[1]}`) await run(process.argv.slice(2));
