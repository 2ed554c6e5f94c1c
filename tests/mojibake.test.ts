import { describe, expect, it } from 'vitest';
import { repairMojibake, toMacRomanMojibake } from '../src/read/mojibake.js';

describe('repairMojibake', () => {
  it.each([
    ['‚úÖ Done', '✅ Done'],
    ['61/100 ‚Üí 88/100', '61/100 → 88/100'],
    ['coverage ‚â• 80%', 'coverage ≥ 80%'],
    ['âœ… Done â†’ next', '✅ Done → next'],
    ['cafÃ© â€” ok', 'café — ok'],
  ])('repairs %s', (broken, clean) => {
    expect(repairMojibake(broken).text).toBe(clean);
  });

  it.each(['café — naïve ✅ → ≥', 'plain ASCII 431 tests', 'Ünïcödé “quotes” ±5%'])('leaves clean text alone: %s', (text) => {
    const repaired = repairMojibake(text);
    expect(repaired.text).toBe(text);
    expect(repaired.repaired).toBe(false);
  });

  it('undoes the Mac Roman misreading of any UTF-8 text', () => {
    const text = '# Report ✅\n\n| a | b |\n| --- | --- |\n| x → y | ≥ 5 — ok ⚠️ |\n';
    expect(repairMojibake(toMacRomanMojibake(text)).text).toBe(text);
  });

  it('maps repaired offsets back to the original text', () => {
    const broken = 'A ‚úÖ 431 ‚Üí 444';
    const repaired = repairMojibake(broken);
    expect(repaired.text).toBe('A ✅ 431 → 444');
    for (const figure of ['431', '444']) {
      const at = repaired.originalOffset(repaired.text.indexOf(figure));
      expect(broken.slice(at, at + 3)).toBe(figure);
    }
    expect(broken.slice(repaired.originalOffset(2), repaired.originalOffset(2) + 3)).toBe('‚úÖ');
  });
});
