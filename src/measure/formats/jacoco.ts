/**
 * JaCoCo XML (`jacoco.xml`, `jacocoTestReport.xml`). Totals are the
 * `<counter>` children of `<report>`; per file, those of each `<sourcefile>`,
 * whose path is the package folder plus the file name, relative to a source
 * root such as `src/main/java`. LINE, BRANCH and METHOD map to lines,
 * branches and functions; INSTRUCTION is not a statement count and is left out.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Counter, CoverageReport, FileCoverage } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['group', 'package', 'sourcefile', 'counter', 'class'].includes(name),
});

type XmlNode = Record<string, unknown>;
const nodes = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : value && typeof value === 'object' ? [value as XmlNode] : []);

function countersOf(node: XmlNode): Omit<FileCoverage, 'path'> {
  const byType = new Map<string, Counter>();
  for (const counter of nodes(node.counter)) {
    const missed = Number(counter['@_missed']);
    const covered = Number(counter['@_covered']);
    if (Number.isFinite(missed) && Number.isFinite(covered)) byType.set(String(counter['@_type']), { covered, total: covered + missed });
  }
  const metrics: Omit<FileCoverage, 'path'> = { lines: byType.get('LINE') ?? { covered: 0, total: 0 } };
  const branches = byType.get('BRANCH');
  const functions = byType.get('METHOD');
  if (branches) metrics.branches = branches;
  if (functions) metrics.functions = functions;
  return metrics;
}

/** Packages anywhere under `node`: aggregate reports nest them in `<group>`s. */
function packagesOf(node: XmlNode): XmlNode[] {
  return [...nodes(node.package), ...nodes(node.group).flatMap(packagesOf)];
}

/** Parse JaCoCo XML; `source` names it in messages. Throws when the root is not `<report>`. */
export function parseJacoco(text: string, source: string): CoverageReport {
  const doc = parser.parse(text) as XmlNode;
  const root = doc.report as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw new Error('not a JaCoCo XML file: no <report> root');
  const files: FileCoverage[] = [];
  for (const pkg of packagesOf(root)) {
    const folder = String(pkg['@_name'] ?? '');
    for (const file of nodes(pkg.sourcefile)) {
      const name = String(file['@_name'] ?? '');
      files.push({ path: folder ? `${folder}/${name}` : name, ...countersOf(file) });
    }
  }
  return { files, totals: countersOf(root), source, producer: 'jacoco' };
}
