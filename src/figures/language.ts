/**
 * The language of a text block, decided per block so that a report mixing
 * languages is read block by block: by script for Chinese, Japanese and
 * Korean (Han, kana, Hangul) and for Russian (Cyrillic), by a small stop-word test for the Latin-script
 * languages whose words claimcheck knows. Short blocks carry few words, so a
 * Latin-script block without enough evidence takes the document's language.
 */

/** Stop words of the Latin-script languages, lower case, accents as written. */
export const stopWords: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'are', 'with', 'for', 'in', 'on', 'not', 'all', 'this', 'that', 'was', 'were', 'be', 'by', 'it', 'from', 'after', 'before', 'now'],
  es: ['el', 'la', 'los', 'las', 'del', 'que', 'y', 'con', 'para', 'por', 'una', 'un', 'es', 'se', 'sin', 'como', 'mas', 'más', 'esta', 'está', 'son', 'al', 'lo', 'pero', 'sus'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'com', 'para', 'não', 'uma', 'um', 'é', 'são', 'ao', 'na', 'no', 'nos', 'pelo', 'pela', 'foi', 'mais'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'une', 'un', 'est', 'pour', 'avec', 'sur', 'pas', 'dans', 'qui', 'au', 'aux', 'sont', 'ce', 'cette', 'ou', 'par', 'plus'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'auf', 'den', 'dem', 'ein', 'eine', 'von', 'zu', 'im', 'bei', 'sind', 'wird', 'werden', 'auch', 'noch', 'nach'],
};

const hanRe = /\p{Script=Han}/gu;
const kanaRe = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const hangulRe = /\p{Script=Hangul}/gu;
const cyrillicRe = /\p{Script=Cyrillic}/gu;
/** Any Cyrillic letter at all (U+0400–U+04FF holds Russian's). */
const anyCyrillicRe = /[\u0400-\u04ff]/;
const letterRe = /\p{L}/gu;
/** Any CJK letter at all: without one `cjkLanguage` has nothing to count (most blocks). */
const anyCjkRe = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * A character at U+1100 or above (a surrogate of an astral one included):
 * every letter of the four scripts is one. Most text holds none, and this
 * range test is far cheaper than the script classes.
 */
const highCharRe = /[\u1100-\uffff]/;

/**
 * The languages whose stop-word list holds each word, built once: every
 * block is tested, and building a set per language per call was a hot spot
 * of extraction.
 */
const languagesOfWord = new Map<string, number[]>();
const stopWordLanguages = Object.keys(stopWords);
stopWordLanguages.forEach((language, index) => {
  for (const word of new Set(stopWords[language])) {
    const languages = languagesOfWord.get(word);
    if (languages === undefined) languagesOfWord.set(word, [index]);
    else languages.push(index);
  }
});

/**
 * A stop word standing as a whole word (a run of letters, as `\p{L}+` cuts
 * them). Only stop words are matched: splitting every block into all its
 * words was a hot spot of extraction.
 */
const stopWordRe = new RegExp(String.raw`(?<!\p{L})(?:${[...languagesOfWord.keys()].join('|')})(?!\p{L})`, 'gu');

/** Per Latin-script language, the stop words of the others that it lacks, as one expression. */
const lackedStopWordRes = new Map(
  stopWordLanguages.map((language) => {
    const own = new Set(stopWords[language]);
    const lacked = [...languagesOfWord.keys()].filter((word) => !own.has(word));
    return [language, new RegExp(String.raw`(?<!\p{L})(?:${lacked.join('|')})(?!\p{L})`, 'u')] as const;
  }),
);

/**
 * Whether `blockLanguage(text, fallback)` may give a Latin-script or Cyrillic
 * language other than `fallback`. Without Cyrillic letters and without a stop
 * word that `fallback`'s list lacks, every other language counts no more stop
 * words than `fallback` does, so the answer is `fallback`, or a CJK language.
 * One test, where telling the language counts every stop word.
 */
export function mayLeaveLanguage(text: string, fallback: string): boolean {
  const lacked = lackedStopWordRes.get(fallback);
  return lacked === undefined || anyCyrillicRe.test(text) || lacked.test(text.toLowerCase());
}

/** Fewest stop words a Latin-script block needs to be given a language of its own. */
const minimumStopWords = 2;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * The script-decided language of `text`: `zh`, `ja` or `ko` when CJK letters
 * make up a tenth or more of its letters (and at least two of them), else
 * `undefined`. Kana make Han text Japanese; Hangul makes it Korean.
 */
export function cjkLanguage(text: string): 'zh' | 'ja' | 'ko' | undefined {
  if (!highCharRe.test(text) || !anyCjkRe.test(text)) return undefined;
  const han = count(text, hanRe);
  const kana = count(text, kanaRe);
  const hangul = count(text, hangulRe);
  const cjk = han + kana + hangul;
  if (cjk < 2 || cjk * 10 < count(text, letterRe)) return undefined;
  if (hangul > han + kana) return 'ko';
  if (kana > 0) return 'ja';
  return 'zh';
}

/**
 * The Cyrillic-script language of `text`: `ru` when Cyrillic letters make up
 * a tenth or more of its letters (and at least two of them), as `cjkLanguage`
 * decides by script; else `undefined`. Russian is the one Cyrillic language
 * whose words claimcheck knows (the reports it has met: w04, w34).
 */
export function cyrillicLanguage(text: string): 'ru' | undefined {
  if (!anyCyrillicRe.test(text)) return undefined;
  const cyrillic = count(text, cyrillicRe);
  return cyrillic >= 2 && cyrillic * 10 >= count(text, letterRe) ? 'ru' : undefined;
}

/**
 * The Latin-script language of `text` by stop words, or `undefined` when no
 * language has enough of them or two tie.
 */
export function latinLanguage(text: string): string | undefined {
  const hitsOf = stopWordLanguages.map(() => 0);
  const lower = text.toLowerCase();
  stopWordRe.lastIndex = 0;
  for (let m = stopWordRe.exec(lower); m !== null; m = stopWordRe.exec(lower)) {
    for (const index of languagesOfWord.get(m[0]) ?? []) hitsOf[index] = (hitsOf[index] ?? 0) + 1;
  }
  let best: string | undefined;
  let bestHits = 0;
  let tie = false;
  for (const [index, language] of stopWordLanguages.entries()) {
    const hits = hitsOf[index] ?? 0;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
      tie = false;
    } else if (hits === bestHits && hits > 0) {
      tie = true;
    }
  }
  return bestHits >= minimumStopWords && !tie ? best : undefined;
}

/**
 * The language of one text block (BCP 47 primary tag): its script when CJK or Cyrillic,
 * its stop words when they are clear, else `fallback` (the document's
 * language, `en` by default).
 */
export function blockLanguage(text: string, fallback = 'en'): string {
  return cjkLanguage(text) ?? cyrillicLanguage(text) ?? latinLanguage(text) ?? fallback;
}

/** The language of a whole document from its text: the same tests over all of it. */
export function documentLanguage(text: string): string {
  return blockLanguage(text, 'en');
}
