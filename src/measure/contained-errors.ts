/**
 * Whether the syntax errors a grammar recovered from can have hidden a test
 * or made one up. Tree-sitter grammars stumble on code the compiler reads
 * (Swift's operator at the start of a continued line, `| UInt32(flag)`; an
 * escaped quote in a string, `"{\\\"key"`; a Kotlin `when` condition), and a
 * file with any error has been a floor only ("the parser could not read all
 * of …"). An error inside one function, whose body holds no test's mark, hides no test declaration and adds
 * none: a test's mark (`@Test`, `func test…`) is text, so a test the error
 * swallowed would show its mark in that function's body. And the whole file must hold as many
 * marks as the counter found declarations, so no test was lost elsewhere.
 */
import type { Node } from 'web-tree-sitter';

/** What a language's test declarations look like, for `errorsHideNoTest`. */
export interface DeclarationMarks {
  /** One match per test declaration in the text (global): `@Test`, `func test…`. */
  mark: RegExp;
  /** The node types of a function or method declaration whose body may hold an error harmlessly. */
  functions: readonly string[];
}

/**
 * The innermost nodes under `node` that hold its errors, each once: ERROR and missing nodes, or a node that has
 * an error none of its children shows (a zero-width token the grammar made up, as Kotlin's `when` condition gives).
 */
function errorNodes(node: Node): Node[] {
  if (!node.hasError) return [];
  if (node.type === 'ERROR' || node.isMissing) return [node];
  const inner = node.children.flatMap((child) => (child ? errorNodes(child) : []));
  return inner.length > 0 ? inner : [node];
}

/** The nearest enclosing declaration of one of `types`, or undefined. */
function enclosing(node: Node, types: readonly string[]): Node | undefined {
  for (let up = node.parent; up; up = up.parent) if (types.includes(up.type)) return up;
  return undefined;
}

/** The body of a function declaration: its `body` field (Swift, Java) or its `function_body` child (Kotlin). */
function bodyOf(fn: Node): Node | undefined {
  return fn.childForFieldName('body') ?? fn.namedChildren.find((child) => child?.type === 'function_body') ?? undefined;
}

/** How many times `mark` matches `text`. */
function marksIn(text: string, mark: RegExp): number {
  return [...text.matchAll(new RegExp(mark.source, mark.flags.includes('g') ? mark.flags : mark.flags + 'g'))].length;
}

/**
 * True when every syntax error of `root` (the tree of `text`) sits inside a
 * function declaration of `marks.functions` whose body holds no test mark (its
 * own mark is in its header), and the file's marks number exactly
 * `declarations` (the test declarations the counter found). False when any
 * error lies elsewhere (between declarations, in a class body), when the body
 * of a function holding an error holds a test's mark, or when the text has more
 * or fewer marks than declarations.
 */
export function errorsHideNoTest(root: Node, text: string, declarations: number | undefined, marks: DeclarationMarks): boolean {
  if (declarations === undefined || marksIn(text, marks.mark) !== declarations) return false;
  return errorNodes(root).every((error) => {
    const fn = enclosing(error, marks.functions);
    const body = fn && bodyOf(fn);
    return body !== undefined && marksIn(body.text, marks.mark) === 0;
  });
}
