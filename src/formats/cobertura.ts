/**
 * Cobertura XML (coverage.py, istanbul and others). The root's
 * `lines-covered`/`lines-valid` are the tool's own totals; per-file counts
 * come from each `<class>`'s `<line>` elements.
 */
import { XMLParser } from 'fast-xml-parser';
import type { CoverageReport, FileCoverage } from './types.js';
import { totalsOf } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['package', 'class', 'line', 'source', 'method'].includes(name),
});

type XmlNode = Record<string, unknown>;
const nodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : value && typeof value === 'object' ? [value as XmlNode] : []);

/** Parse Cobertura XML; `source` names it in messages. Throws when the root is not `<coverage>`. */
export function parseCobertura(text: string, source: string): CoverageReport {
  const doc = parser.parse(text) as XmlNode;
  const root = doc.coverage as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw new Error('not a Cobertura XML file: no <coverage> root');
  const byPath = new Map<string, FileCoverage>();
  for (const pkg of nodes((root.packages as XmlNode | undefined)?.package)) {
    for (const cls of nodes((pkg.classes as XmlNode | undefined)?.class)) {
      const path = String(cls['@_filename'] ?? cls['@_name'] ?? '');
      const lines = nodes((cls.lines as XmlNode | undefined)?.line);
      let entry = byPath.get(path);
      if (!entry) {
        entry = { path, lines: { covered: 0, total: 0 } };
        byPath.set(path, entry);
      }
      for (const line of lines) {
        entry.lines.total++;
        if (Number(line['@_hits']) > 0) entry.lines.covered++;
        const condition = /\((\d+)\/(\d+)\)/.exec(String(line['@_condition-coverage'] ?? ''));
        if (line['@_branch'] === 'true' && condition) {
          entry.branches ??= { covered: 0, total: 0 };
          entry.branches.covered += Number(condition[1]);
          entry.branches.total += Number(condition[2]);
        }
      }
    }
  }
  const files = [...byPath.values()];
  const totals = totalsOf(files);
  const linesValid = Number(root['@_lines-valid']);
  const linesCovered = Number(root['@_lines-covered']);
  if (Number.isFinite(linesValid) && Number.isFinite(linesCovered) && linesValid > 0) {
    totals.lines = { covered: linesCovered, total: linesValid };
  }
  const branchesValid = Number(root['@_branches-valid']);
  const branchesCovered = Number(root['@_branches-covered']);
  if (Number.isFinite(branchesValid) && Number.isFinite(branchesCovered) && branchesValid > 0) {
    totals.branches = { covered: branchesCovered, total: branchesValid };
  }
  return { files, totals, source };
}
