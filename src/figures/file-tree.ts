/**
 * File trees as reports draw them in a plain code block, `tree`'s way: a
 * folder on the first line, then one entry a line under box-drawing
 * connectors, a child's connector further right than its parent's.
 *
 * ```
 * app-desktop/src/test/kotlin/reader/
 * ├── ReaderNavigatorTest.kt
 * ├── ui/
 * │   └── ZoomStateTest.kt       # new
 * └── ViewerFlagsTest.kt
 * ```
 *
 * Each file entry is a path: its folders are the entries above it that hold
 * it. An entry that is no file or folder name ("Core Unit Tests (100%
 * passing)", "#[cfg(test)] mod tests { ... }", "test_{module}.py") names no
 * path, and neither do the entries under it.
 */

/** One file a tree names: its path from the tree's root, and the index of its line among the lines given. */
export interface TreeFile {
  path: string;
  line: number;
  /** The words after the name on its line: "# new", "(10 tests)". */
  rest: string;
}

/** A tree line: the guides, a connector, the entry and what follows it. */
const entryRe = /^(?<guides>[\s│|]*)(?:├──|└──|├─|└─|\|--|`--|\+--)\s*(?<entry>.*)$/;
/** A line of guides alone ("│"), between two entries. */
const guidesOnlyRe = /^[\s│|]*$/;
/** A root: a relative folder, written with its slash ("tests/", "app/src/test/"). */
const rootRe = /^(?<root>(?:\.\/)?[\w@.+-]+(?:\/[\w@.+-]+)*\/)\s*(?:$|#|\/\/|\()/;
/**
 * An entry's name: a file or folder name, alone or before a comment or remark
 * ("# new", "// 7 tests", "(10 tests)", "- the parser", "← added"); not the
 * first of several words ("Core Unit Tests (100% passing)").
 */
const nameRe = /^(?<name>[\w@+-][\w@.+-]*\/?)(?<rest>(?:\s+(?:#|\/\/|\(|-|–|—|←|<-|:).*)?)$/;
/** A file name: a stem and an extension. */
const fileNameRe = /^[\w@+-][\w@.+-]*\.[A-Za-z][\w]{0,9}$/;

/**
 * The files the tree in `lines` (the lines of one code block) names. A block
 * whose first tree line is not a relative folder, or that draws no connector,
 * gives none: a tree without its root says where its files are only by name.
 */
export function treeFiles(lines: readonly string[]): TreeFile[] {
  const files: TreeFile[] = [];
  /** The folders open above the current line: their connector's column and path. */
  let stack: Array<{ column: number; path: string | undefined }> = [];
  let root: string | undefined;
  lines.forEach((line, index) => {
    const entry = entryRe.exec(line);
    if (!entry?.groups) {
      // A line with guides alone ("│") keeps the tree open; another root starts a new tree.
      if (guidesOnlyRe.test(line)) return;
      const start = rootRe.exec(line.trim())?.groups?.root;
      root = start && !start.startsWith('/') ? start.replace(/^\.\//, '') : undefined;
      stack = [];
      return;
    }
    if (root === undefined) return;
    const column = (entry.groups.guides ?? '').length;
    while (stack.length > 0 && (stack[stack.length - 1]?.column ?? 0) >= column) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]?.path : root;
    const named = nameRe.exec((entry.groups.entry ?? '').trim())?.groups;
    // A folder is written with its slash, or bare and alone: "Extended (0%)" may be a group's label.
    const bareFolderWithRemark = named?.name !== undefined && !fileNameRe.test(named.name) && !named.name.endsWith('/') && (named.rest ?? '').trim() !== '';
    const name = bareFolderWithRemark ? undefined : named?.name;
    // An entry of words or code is no path; the entries under it have none either.
    const path = parent !== undefined && name !== undefined ? `${parent}${name}` : undefined;
    if (path !== undefined && name !== undefined && fileNameRe.test(name)) files.push({ path, line: index, rest: (named?.rest ?? '').trim() });
    const folder = path === undefined ? undefined : path.endsWith('/') ? path : `${path}/`;
    stack.push({ column, path: name !== undefined && !fileNameRe.test(name) ? folder : undefined });
  });
  return files;
}
