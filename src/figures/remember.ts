/**
 * A pure function of one string, remembered. A table's header, a list's
 * label and a row's label are read again for every figure under them; the
 * answers are kept by text, and emptied when full, so a long run over many
 * reports holds a bounded number.
 */
export function rememberByText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= limit) known.clear();
    const answer = read(text);
    known.set(text, answer);
    return answer;
  };
}
