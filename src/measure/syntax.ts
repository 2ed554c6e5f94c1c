/**
 * The definitions of a source file — functions, methods, classes, types, and
 * a markdown file's sections — with the lines they span, read by a real
 * parser: tree-sitter's grammars compiled to WebAssembly (web-tree-sitter with
 * the grammars of `tree-sitter-wasms`), run in-process, so reading a file
 * never starts a program. A markdown file's sections come from remark.
 *
 * One module holds the parsing, so every check that needs to know what a
 * line of code is (a line reference, a static count of tests) asks the same
 * question the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Language, Node, Parser } from 'web-tree-sitter';

/** A named definition. Lines start at 1; `endLine` is inclusive. */
export interface Definition {
  name: string;
  /** The parser's node type (`function_declaration`, `method_definition`) or `heading`. */
  kind: string;
  startLine: number;
  endLine: number;
}

/** What the parser tells of a file. */
export interface Syntax {
  /** The grammar read with: `go`, `python`, `markdown`… */
  language: SyntaxLanguage;
  /** Every definition, outer ones before the ones nested in them. */
  definitions: Definition[];
  /** Lines (from 1) that hold a comment and nothing else. */
  commentLines: ReadonlySet<number>;
}

export const syntaxLanguages = ['typescript', 'tsx', 'javascript', 'python', 'go', 'rust', 'java', 'bash', 'markdown'] as const;
export type SyntaxLanguage = (typeof syntaxLanguages)[number];

const extensions: Record<string, SyntaxLanguage> = {
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'tsx',
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.py': 'python', '.pyi': 'python',
  '.go': 'go',
  '.rs': 'rust',
  '.java': 'java',
  '.sh': 'bash', '.bash': 'bash',
  '.md': 'markdown', '.markdown': 'markdown',
};

/** The grammar for a file, by its extension; `undefined` when none is known. */
export function languageOf(file: string): SyntaxLanguage | undefined {
  return extensions[path.extname(file).toLowerCase()];
}

/**
 * Node types that define a name, per grammar, and the field that holds the
 * name. A `variable_declarator` defines a function only when its value is one
 * (`const start = () => …`).
 */
const definingNodes: Record<Exclude<SyntaxLanguage, 'markdown'>, Record<string, string>> = {
  javascript: {
    function_declaration: 'name', generator_function_declaration: 'name', class_declaration: 'name', method_definition: 'name', variable_declarator: 'name',
  },
  typescript: {
    function_declaration: 'name', generator_function_declaration: 'name', class_declaration: 'name', abstract_class_declaration: 'name',
    method_definition: 'name', abstract_method_signature: 'name', interface_declaration: 'name', type_alias_declaration: 'name',
    enum_declaration: 'name', variable_declarator: 'name', module: 'name', internal_module: 'name', function_signature: 'name',
  },
  tsx: {},
  python: { function_definition: 'name', class_definition: 'name' },
  go: { function_declaration: 'name', method_declaration: 'name', type_spec: 'name' },
  rust: {
    function_item: 'name', function_signature_item: 'name', struct_item: 'name', enum_item: 'name', trait_item: 'name', impl_item: 'type',
    mod_item: 'name', macro_definition: 'name', union_item: 'name', type_item: 'name',
  },
  java: {
    class_declaration: 'name', interface_declaration: 'name', enum_declaration: 'name', record_declaration: 'name',
    annotation_type_declaration: 'name', method_declaration: 'name', constructor_declaration: 'name',
  },
  bash: { function_definition: 'name' },
};
definingNodes.tsx = definingNodes.typescript;

/** Values that make a `variable_declarator` a function or class definition. */
const functionValues = new Set(['arrow_function', 'function_expression', 'function', 'generator_function', 'class']);

/**
 * Grammars read only for the tests a file defines (src/measure/test-forms.ts),
 * not for line references: their files keep `languageOf` → `undefined`.
 */
export const testGrammars = ['kotlin', 'c_sharp', 'swift', 'php', 'ruby', 'scala', 'dart', 'elixir', 'cpp'] as const;
/** Every tree-sitter grammar loaded here; each is `tree-sitter-wasms/out/tree-sitter-<name>.wasm`. */
export type Grammar = Exclude<SyntaxLanguage, 'markdown'> | (typeof testGrammars)[number];
/** The grammar files, from the package that ships them (`tree-sitter-wasms/out/tree-sitter-go.wasm`); the Action's bundle copies these. */
export const grammarFiles: Record<Grammar, string> = {
  typescript: 'typescript', tsx: 'tsx', javascript: 'javascript', python: 'python', go: 'go', rust: 'rust', java: 'java', bash: 'bash',
  kotlin: 'kotlin', c_sharp: 'c_sharp', swift: 'swift', php: 'php', ruby: 'ruby', scala: 'scala', dart: 'dart', elixir: 'elixir', cpp: 'cpp',
};

// Resolved from this module's own place, so it works from dist/src and from the bundle in dist/bundle alike.
const require = createRequire(import.meta.url);

/**
 * Grammars read from their own, newer package when it is installed (an optional
 * dependency): tree-sitter-wasms builds tree-sitter-scala 0.19, which cannot read
 * Scala 3's syntax nor much of Scala 2's (`given`, `enum`, `extension`, type
 * lambdas, named tuples), so most test files of a Scala 3 project parse only in
 * part and give a floor; 0.24 reads them. Same file name, so the Action's bundle
 * finds it as it finds the others.
 */
const newerGrammars: Partial<Record<Grammar, string>> = { scala: 'tree-sitter-scala/tree-sitter-scala.wasm' };

/** The package file a grammar is loaded from (`tree-sitter-wasms/out/tree-sitter-go.wasm`); scripts/bundle-action.mjs copies these. */
export function grammarPackageFile(language: Grammar): string {
  const newer = newerGrammars[language];
  if (newer) {
    try {
      require.resolve(newer);
      return newer;
    } catch {
      // The optional package is not installed (its install failed, or the Action's bundle): the older build.
    }
  }
  return `tree-sitter-wasms/out/tree-sitter-${grammarFiles[language]}.wasm`;
}

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
const languages = new Map<string, Promise<Language>>();

/**
 * The bytes of a .wasm file of a package: gzipped beside this module in the
 * GitHub Action's bundle (action/, scripts/bundle-action.mjs), which has no
 * node_modules and keeps its grammars small; else from the package.
 */
function wasmBytes(packageFile: string): Uint8Array {
  const bundled = fileURLToPath(new URL(`./wasm/${path.basename(packageFile)}.gz`, import.meta.url));
  if (existsSync(bundled)) return gunzipSync(readFileSync(bundled));
  return readFileSync(require.resolve(packageFile));
}

/** web-tree-sitter, initialised once, its own .wasm read from disk (never fetched). */
function loadRuntime(): Promise<typeof import('web-tree-sitter')> {
  runtime ??= (async () => {
    const module = await import('web-tree-sitter');
    // Given as bytes, the runtime never looks for the file: the name is only what it would ask for.
    await module.Parser.init({ locateFile: (name: string) => name, wasmBinary: wasmBytes('web-tree-sitter/tree-sitter.wasm') });
    return module;
  })();
  return runtime;
}

function loadLanguage(language: Grammar): Promise<Language> {
  let loaded = languages.get(language);
  if (!loaded) {
    loaded = loadRuntime().then((module) => module.Language.load(wasmBytes(grammarPackageFile(language))));
    languages.set(language, loaded);
  }
  return loaded;
}

/** The name a defining node gives, or `undefined` when it defines none. */
function nameOf(node: Node, field: string): string | undefined {
  if (node.type === 'variable_declarator') {
    const value = node.childForFieldName('value');
    if (!value || !functionValues.has(value.type)) return undefined;
  }
  const name = node.childForFieldName(field);
  if (!name) return undefined;
  // `impl<T> Trait for Foo<T>`: the type's own name, without its parameters.
  const generic = name.type === 'generic_type' ? name.childForFieldName('type') : name;
  return (generic ?? name).text;
}

/** The node a definition spans: a Python definition with its decorators, a `const` with its keyword. */
function spanOf(node: Node): Node {
  const parent = node.parent;
  if (parent?.type === 'decorated_definition') return parent;
  if (node.type === 'variable_declarator' && parent && (parent.type === 'lexical_declaration' || parent.type === 'variable_declaration') && parent.namedChildCount === 1) {
    return parent.parent?.type === 'export_statement' ? parent.parent : parent;
  }
  return node;
}

const commentTypes = new Set(['comment', 'line_comment', 'block_comment']);

/** Lines holding nothing but comments, given the comment nodes' spans. */
function onlyCommentLines(text: string, comments: readonly Node[]): Set<number> {
  const lines = text.split('\n');
  const out = new Set<number>();
  for (const comment of comments) {
    for (let row = comment.startPosition.row; row <= comment.endPosition.row; row++) {
      const line = lines[row] ?? '';
      const first = line.search(/\S/);
      if (first < 0) continue;
      const last = line.trimEnd().length;
      const from = row === comment.startPosition.row ? comment.startPosition.column : 0;
      const to = row === comment.endPosition.row ? comment.endPosition.column : Infinity;
      if (from <= first && to >= last) out.add(row + 1);
    }
  }
  return out;
}

async function codeSyntax(text: string, language: Exclude<SyntaxLanguage, 'markdown'>): Promise<Syntax> {
  const module = await loadRuntime();
  const parser: Parser = new module.Parser();
  parser.setLanguage(await loadLanguage(language));
  const tree = parser.parse(text);
  if (!tree) throw new Error(`the ${language} parser gave no tree`);
  try {
    const defining = definingNodes[language];
    const definitions: Definition[] = [];
    const comments: Node[] = [];
    // Iterative walk: deep files must not exhaust the stack.
    const cursor = tree.walk();
    let done = false;
    while (!done) {
      const node = cursor.currentNode;
      if (commentTypes.has(node.type)) comments.push(node);
      const field = defining[node.type];
      const name = field ? nameOf(node, field) : undefined;
      if (name) {
        const span = spanOf(node);
        definitions.push({ name, kind: node.type, startLine: span.startPosition.row + 1, endLine: span.endPosition.row + 1 });
      }
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
      }
    }
    cursor.delete();
    return { language, definitions, commentLines: onlyCommentLines(text, comments) };
  } finally {
    tree.delete();
    parser.delete();
  }
}

/**
 * Parse `text` with `grammar` and hand its root to `read`; the tree is freed
 * when `read` returns, so `read` must not keep nodes. A file with syntax
 * errors still gives the nodes the parser recovered.
 */
export async function readTree<T>(text: string, grammar: Grammar, read: (root: Node) => T): Promise<T> {
  const module = await loadRuntime();
  const parser: Parser = new module.Parser();
  parser.setLanguage(await loadLanguage(grammar));
  const tree = parser.parse(text);
  try {
    if (!tree) throw new Error(`the ${grammar} parser gave no tree`);
    return read(tree.rootNode);
  } finally {
    tree?.delete();
    parser.delete();
  }
}

/** A markdown file's sections: each heading spans to the line before the next heading of its level or above. */
function markdownSyntax(text: string): Syntax {
  const tree = unified().use(remarkParse).parse(text) as Root;
  const lastLine = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.position !== undefined);
  const definitions = headings.map((heading, index) => {
    const next = headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    const startLine = heading.position?.start.line ?? 1;
    const endLine = next?.position ? next.position.start.line - 1 : lastLine;
    return { name: toString(heading), kind: 'heading', startLine, endLine: Math.max(startLine, endLine) };
  });
  return { language: 'markdown', definitions, commentLines: new Set() };
}

/**
 * The definitions and comment-only lines of `text`, read as `language`.
 * Rejects only when the grammar cannot be loaded; a file with syntax errors
 * still gives the definitions the parser recovered.
 */
export async function readSyntax(text: string, language: SyntaxLanguage): Promise<Syntax> {
  if (language === 'markdown') return markdownSyntax(text);
  return codeSyntax(text, language);
}

/**
 * A name as compared across case and separators: `Start Agent`, `StartAgent`
 * and `start_agent` all read `startagent`.
 */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The innermost definition whose span holds `line`, if any. */
export function definitionAt(syntax: Syntax, line: number): Definition | undefined {
  let best: Definition | undefined;
  for (const d of syntax.definitions) {
    if (d.startLine <= line && line <= d.endLine && (!best || d.endLine - d.startLine <= best.endLine - best.startLine)) best = d;
  }
  return best;
}
