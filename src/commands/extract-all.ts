/**
 * `claimcheck extract --all`: every figure of each report with the kind that
 * reads it (or `figure`), its subject and tense and the context it was read
 * with, and every number set aside with the rule's reason. The JSON is
 * `{ version: 1, reports: [{ file, figures: ReadFigure[], setAside: SetAsideNumber[] }] }`,
 * valid against `schemas/figures.schema.json`.
 */
import type { FigureContext, Subject } from '../model.js';
import type { ReadFigure, SetAsideNumber } from '../figures/classify.js';
import { readReport } from './claims.js';

/** The figures of one report. */
export interface ReportFigures {
  file: string;
  figures: ReadFigure[];
  setAside: SetAsideNumber[];
}

/** Read every figure of `source` (named `file`). */
export function figuresOf(file: string, source: string): ReportFigures {
  const { figures, setAside } = readReport(file, source, { everyTense: true });
  return { file, figures, setAside };
}

function subjectText(subject: Subject | undefined): string {
  if (!subject) return '-';
  const [key, value] = Object.entries(subject)[0] ?? ['scope', 'all'];
  return key === 'scope' ? 'all' : `${key}=${String(value)}`;
}

/** The context a figure was read with, as `key "value"` pairs; only what the structure gave. */
export function describeContext(context: FigureContext): string {
  const parts: string[] = [context.block];
  const heading = context.headings[context.headings.length - 1];
  if (heading) parts.push(`heading "${heading}"`);
  if (context.label) parts.push(`label "${context.label}"`);
  if (context.table) {
    parts.push(`column "${context.table.header}"`, `row "${context.table.row}"`);
    if (context.table.caption) parts.push(`caption "${context.table.caption}"`);
  }
  if (context.parent) parts.push(`parent "${context.parent.slice(0, 60)}"`);
  if (context.name) parts.push(`name "${context.name}"`);
  if (context.noun) parts.push(`noun "${context.noun}"`);
  if (context.sign) parts.push(`sign "${context.sign}"`);
  return parts.join(' · ');
}

/** A figure's tense, with the reason when it is not the present: `target: stated as a target`. */
function tenseText(figure: ReadFigure): string {
  return figure.tense !== 'current' && figure.tenseReason ? `${figure.tense}: ${figure.tenseReason}` : figure.tense;
}

/** Render the figures of `reports` as text: one line per figure (a tense other than the present with its reason) and per number set aside, then a count. Pure. */
export function formatFiguresText(reports: readonly ReportFigures[]): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(report.file);
    const lines = [
      ...report.figures.map((f) => ({
        at: f.position.offset,
        text: `  ${f.position.line}:${f.position.column}\t${f.kind}\t${subjectText(f.subject)}\t${f.text}${f.qualifier === 'exact' ? '' : ` (${f.qualifier})`}\t${tenseText(f)}\t${describeContext(f.context)}`,
      })),
      ...report.setAside.map((n) => ({ at: n.position.offset, text: `  ${n.position.line}:${n.position.column}\tset aside\t${n.rule}\t${n.text}\t\t${n.reason}` })),
    ].sort((a, b) => a.at - b.at);
    out.push(...lines.map((l) => l.text));
    const classified = report.figures.filter((f) => f.kind !== 'figure').length;
    out.push(`${report.figures.length} figure${report.figures.length === 1 ? "" : "s"}: ${classified} read by a claim kind, ${report.figures.length - classified} unclassified; ${report.setAside.length} numbers set aside`);
  }
  return out.join('\n') + '\n';
}
