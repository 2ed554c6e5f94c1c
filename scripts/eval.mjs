#!/usr/bin/env node
// Prints recall and precision of extraction against the hand labels in
// fixtures/labels/, per report and overall, on every kind and on the kinds of
// the test and file-line extractors. Run after `tsc` (npm run eval does both).
// `--verbose` lists each missed label and each spurious claim.
import { fileURLToPath } from 'node:url';
import { combineFigureScores, combineScores, evaluateLabelled } from '../dist/src/commands/eval.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const results = evaluateLabelled(`${root}fixtures/corpus`, `${root}fixtures/labels`);

const figure = (x) => x.toFixed(3);
const row = (name, figures, all, own) =>
  `${name.padEnd(48)} ${figure(figures.recall)} ${String(figures.located).padStart(4)}/${String(figures.labelled).padEnd(4)}  ${figure(all.recall)}  ${figure(all.precision)}   ${figure(own.recall)}  ${figure(own.precision)}   ${String(own.matched).padStart(3)}/${String(own.labelled).padEnd(3)} ${own.extracted}`;

// figures: every numeric label (any kind, `figure` included) located with its value among the figures of `extract --all`;
// all kinds: claims with the right kind, value, qualifier, tense (and subject when labelled); own kinds: the test and file-line kinds.
console.log(`${'report'.padEnd(48)} figures          all kinds       own kinds       own matched/labelled extracted`);
console.log(`${''.padEnd(48)} recall located   recall precision recall precision`);
for (const result of results) {
  console.log(row(result.report, result.figures.score, result.all.score, result.own.score));
}
const figures = combineFigureScores(results.map((r) => r.figures.score));
const all = combineScores(results.map((r) => r.all.score));
const own = combineScores(results.map((r) => r.own.score));
console.log(row('OVERALL', figures, all, own));

if (verbose) {
  for (const result of results) {
    for (const label of result.figures.missed) console.log(`no figure ${result.report}:${label.line} ${label.kind} ${label.value}`);
    for (const label of result.all.missed) console.log(`missed   ${result.report}:${label.line} ${label.kind} ${label.value} ${label.qualifier} ${label.tense}`);
    for (const claim of result.all.spurious) {
      console.log(`spurious ${result.report}:${claim.position.line} ${claim.kind} ${claim.value} ${claim.qualifier} ${claim.tense} "${claim.text}"`);
    }
  }
}
