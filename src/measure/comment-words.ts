/**
 * Words that say what a line reference points at is a comment: "JSDoc
 * comments: `chat-sessions.ts:25-59`", "Fork behavior comment: `x.sql:20`",
 * "License header: `main.go:1-3`". Lines that hold only comments are then
 * what the report names, not an empty place it points at by mistake.
 */
const commentWords: readonly string[] = [
  'comment', 'comments', 'commented', 'jsdoc', 'javadoc', 'kdoc', 'tsdoc', 'godoc', 'rustdoc', 'doxygen',
  'doc-comment', 'doc-comments', 'docblock', 'docblocks', 'header', 'license', 'licence', 'copyright', 'todo', 'fixme',
];

/** Whether the words beside a line reference name comments. */
export function namesComments(named: string): boolean {
  return named
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .some((word) => commentWords.includes(word));
}
