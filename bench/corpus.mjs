// Generated reports with the shapes of fixtures/corpus: each is a title and a
// handful of `## ` sections drawn from the real reports, with every figure
// replaced by another of the same number of digits, so tables, lists, code
// blocks, emoji and claims occur as often as in real reports. Deterministic.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The `## ` sections of every corpus report. */
export function corpusSections(corpusDir) {
  const sections = [];
  for (const name of readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(corpusDir, name), 'utf8');
    const parts = text.split(/^(?=## )/m).slice(1);
    sections.push(...parts.map((p) => p.trimEnd() + '\n'));
  }
  return sections;
}

const digitsRe = /\d+/g;

/** Report number `n` (same `n`, same report). */
export function generateReport(sections, n) {
  const next = random(n + 1);
  const pick = () => sections[Math.floor(next() * sections.length)];
  const count = 3 + Math.floor(next() * 6);
  const body = Array.from({ length: count }, pick).join('\n');
  const figures = body.replace(digitsRe, (digits) => {
    let out = String(1 + Math.floor(next() * 9));
    for (let i = 1; i < digits.length; i++) out += String(Math.floor(next() * 10));
    return out;
  });
  return `# Generated report ${n}\n\n**Status:** generated from the corpus shapes\n\n${figures}`;
}

/** One report of at least `bytes` characters: generated reports one after another, titles demoted to sections. */
export function largeReport(sections, bytes, seed) {
  const parts = [`# Large report ${seed}\n`];
  let size = parts[0].length;
  for (let n = seed * 100_000; size < bytes; n++) {
    const part = generateReport(sections, n).replace(/^# /, '## ');
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join('\n');
}
