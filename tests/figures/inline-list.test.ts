import { describe, expect, it } from 'vitest';
import { readInlineList } from '../../src/figures/inline-list.js';

describe('readInlineList', () => {
  const cases: Array<[string, { noun: string; form: 'colon' | 'paren'; entries: string[]; countable: boolean } | undefined]> = [
    ['3 roles: admin, developer, viewer', { noun: 'roles', form: 'colon', entries: ['admin', 'developer', 'viewer'], countable: true }],
    ['3 roles: admin, developer, and viewer.', { noun: 'roles', form: 'colon', entries: ['admin', 'developer', 'viewer'], countable: true }],
    ['3 roles: admin, developer and viewer', { noun: 'roles', form: 'colon', entries: ['admin', 'developer', 'viewer'], countable: true }],
    ['3 modules: search and replace, undo, redo', { noun: 'modules', form: 'colon', entries: ['search and replace', 'undo', 'redo'], countable: false }],
    ['4 severity levels (info, warning, critical, page)', { noun: 'severity levels', form: 'paren', entries: ['info', 'warning', 'critical', 'page'], countable: true }],
    // inside a parenthesis the entries end at its close
    ['3 time scales: 5min, 1hr, 6hr)', { noun: 'time scales', form: 'colon', entries: ['5min', '1hr', '6hr'], countable: true }],
    // a participle after the noun is still the phrase; short phrases are entries after a colon
    ['14 forbidden words/phrases enforced: ready, will pass, audit ready', { noun: 'forbidden words/phrases', form: 'colon', entries: ['ready', 'will pass', 'audit ready'], countable: true }],
    ['5 ViewModels (TAT, WAT, Topic, Profile)', { noun: 'ViewModels', form: 'paren', entries: ['TAT', 'WAT', 'Topic', 'Profile'], countable: true }],
    ['4 configurations (Fast M1, Quality, Low Memory)', { noun: 'configurations', form: 'paren', entries: ['Fast M1', 'Quality', 'Low Memory'], countable: true }],
    // in parentheses words that are no names are remarks; an entry with its own parenthesis or a slash between words may group several
    ['7 bare exceptions (non-critical paths, P2)', { noun: 'bare exceptions', form: 'paren', entries: ['non-critical paths', 'P2'], countable: false }],
    ['8 panels: request rate, latency (light/webhook), uptime', { noun: 'panels', form: 'colon', entries: ['request rate', 'latency (light/webhook)', 'uptime'], countable: false }],
    ['22 old frontend files (templates, static CSS/JS)', { noun: 'old frontend files', form: 'paren', entries: ['templates', 'static CSS/JS'], countable: false }],
    // no enumeration: one entry, examples, a list that trails off, a sentence, no plural noun
    ['9 operational runbooks (3,873 lines)', undefined],
    ['3 roles (e.g. admin, viewer)', undefined],
    ['3 roles: admin, viewer, etc.', undefined],
    ['3 roles: the admin who owns the project, viewer', undefined],
    ['3 class: a, b, c', undefined],
    ['roles: admin, viewer', undefined],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = readInlineList(text);
      if (want === undefined) expect(got).toBeUndefined();
      else expect(got).toMatchObject(want);
    });
  }
});
