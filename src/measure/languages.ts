/**
 * Languages as a report names them ("TypeScript files", "lines of Rust",
 * "Python modules"), and the file extensions they stand for, from GitHub
 * Linguist's language data (`linguist-languages`), not a hand list.
 */
import * as linguist from 'linguist-languages';

interface LinguistLanguage {
  name: string;
  type: string;
  extensions?: readonly string[];
  aliases?: readonly string[];
  group?: string;
}

const all = Object.values(linguist as unknown as Record<string, LinguistLanguage>);

/**
 * Words a report uses for a narrower set than Linguist's language: BATS test
 * files are Shell to Linguist, but "shell scripts" does not mean them.
 */
const narrowerWords: Readonly<Record<string, readonly string[]>> = { bats: ['bats'] };
const narrowerExtensions = new Set(Object.values(narrowerWords).flat());

/** How many Linguist languages list each extension: an extension of several is told apart by content, which counting by name cannot do. */
const owners = new Map<string, number>();
for (const language of all) for (const ext of language.extensions ?? []) owners.set(ext, (owners.get(ext) ?? 0) + 1);

const key = (word: string) => word.trim().toLowerCase();

/** Linguist languages by lower-cased name and alias. */
const byWord = new Map<string, LinguistLanguage>();
for (const language of all) {
  for (const word of [language.name, ...(language.aliases ?? [])]) if (!byWord.has(key(word))) byWord.set(key(word), language);
}

/**
 * The extensions (without the dot) a language word stands for: the
 * language's own, and the first extension of each language grouped under it
 * (TypeScript takes TSX's `.tsx`). An extension Linguist gives several
 * languages counts only as a language's first (`.ts` for TypeScript; not
 * `.spec` for Python).
 * `undefined` when Linguist knows no such language.
 */
export function extensionsOf(word: string): readonly string[] | undefined {
  const narrower = narrowerWords[key(word)];
  if (narrower) return narrower;
  const language = byWord.get(key(word));
  if (!language) return undefined;
  // A grouped language counts when its names say it is a form of this one (TSX, alias `typescriptreact`), not a tool written in it (Gentoo Ebuild).
  const own = key(language.name);
  const members = all.filter((l) => (l.group === language.name && [l.name, ...(l.aliases ?? [])].some((w) => key(w).includes(own))));
  const extensions = [language, ...members.filter((l) => l !== language)].flatMap((l) =>
    (l.extensions ?? []).filter((ext, index) => index === 0 || (l === language && (owners.get(ext) ?? 0) === 1)).map((ext) => ext.slice(1)),
  );
  const kept = [...new Set(extensions)].filter((ext) => !narrowerExtensions.has(ext) && !ext.includes('.'));
  return kept.length > 0 ? kept : undefined;
}

/** The Linguist name of a language word ("typescript" → "TypeScript"), or `undefined`. */
export function languageName(word: string): string | undefined {
  return narrowerWords[key(word)] ? word.toUpperCase() : byWord.get(key(word))?.name;
}

/**
 * Extensions of programming languages, for "lines of code" with no language
 * named. An extension that is the first of a language of another type
 * (`.md`: Markdown, prose, and GCC Machine Description) is left out.
 */
export const programmingExtensions: readonly string[] = (() => {
  const firstOfOther = new Set(all.filter((l) => l.type !== 'programming').map((l) => l.extensions?.[0]).filter((e): e is string => e !== undefined));
  const kept = all
    .filter((l) => l.type === 'programming')
    .flatMap((l) => (l.extensions ?? []).filter((ext, index) => index === 0 || (owners.get(ext) ?? 0) === 1))
    .filter((ext) => !firstOfOther.has(ext) && !ext.slice(1).includes('.'))
    .map((ext) => ext.slice(1));
  return [...new Set(kept)].sort();
})();
