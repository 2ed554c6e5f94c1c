/**
 * The definitions tree-sitter finds in each language claimcheck reads, and
 * the things that are not definitions: a table of source → expected
 * `name kind start-end` lines (lines from 1).
 */
import { describe, expect, it } from 'vitest';
import { definitionAt, languageOf, normalizeName, readSyntax, type SyntaxLanguage } from '../../src/measure/syntax.js';

const cases: Array<{ language: SyntaxLanguage; source: string; definitions: string[]; comments?: number[] }> = [
  { language: 'go', source: 'package a\n\n// Run runs.\nfunc Run() {\n}\n\ntype T struct{}\n\nfunc (t *T) Stop() {}\n\nvar x = 1\n', definitions: ['Run function_declaration 4-5', 'T type_spec 7-7', 'Stop method_declaration 9-9'], comments: [3] },
  { language: 'python', source: 'import os\n\n@cache\ndef load(p):\n    # read it\n    return p\n\nclass Store:\n    def save(self):\n        pass\n\nx = lambda: 1\n', definitions: ['load function_definition 3-6', 'Store class_definition 8-10', 'save function_definition 9-10'], comments: [5] },
  { language: 'typescript', source: 'export const run = async (): Promise<void> => {\n};\nconst n = 1;\nexport function stop(): void {}\ninterface Opts { a: number }\ntype Id = string;\nclass Box { open(): void {} }\ncall(() => 1);\n', definitions: ['run variable_declarator 1-2', 'stop function_declaration 4-4', 'Opts interface_declaration 5-5', 'Id type_alias_declaration 6-6', 'Box class_declaration 7-7', 'open method_definition 7-7'] },
  { language: 'tsx', source: 'export function App(): JSX.Element {\n  return <div />;\n}\n', definitions: ['App function_declaration 1-3'] },
  { language: 'javascript', source: '/* setup */\nfunction a() {}\nconst b = function () {};\nconst c = 2;\nclass D { e() {} }\n', definitions: ['a function_declaration 2-2', 'b variable_declarator 3-3', 'D class_declaration 5-5', 'e method_definition 5-5'], comments: [1] },
  { language: 'rust', source: '// lib\npub struct S;\nimpl S {\n    fn run(&self) {}\n}\nfn main() {}\nlet_it_be!();\n', definitions: ['S struct_item 2-2', 'S impl_item 3-5', 'run function_item 4-4', 'main function_item 6-6'], comments: [1] },
  { language: 'java', source: 'class A {\n  // ctor\n  A() {}\n  void run() {\n  }\n  int x = 1;\n}\n', definitions: ['A class_declaration 1-7', 'A constructor_declaration 3-3', 'run method_declaration 4-5'], comments: [2] },
  { language: 'bash', source: '#!/bin/sh\n# start\nstart() {\n  echo hi\n}\nfunction stop {\n  echo bye\n}\necho done\n', definitions: ['start function_definition 3-5', 'stop function_definition 6-8'], comments: [1, 2] },
  { language: 'markdown', source: '# Plan\n\n## 1. Deploy\n\ntext\n\n## Validate config\n\n### Detail\n\nmore\n', definitions: ['Plan heading 1-11', '1. Deploy heading 3-6', 'Validate config heading 7-11', 'Detail heading 9-11'] },
];

describe('definitions of a file', () => {
  for (const { language, source, definitions, comments } of cases) {
    it(`${language}: ${definitions.length} definitions`, async () => {
      const syntax = await readSyntax(source, language);
      expect(syntax.definitions.map((d) => `${d.name} ${d.kind} ${d.startLine}-${d.endLine}`)).toEqual(definitions);
      expect([...syntax.commentLines].sort((a, b) => a - b)).toEqual(comments ?? []);
    });
  }

  it('finds none in a file with no definitions', async () => {
    expect((await readSyntax('x = 1\nprint(x)\n', 'python')).definitions).toEqual([]);
    expect((await readSyntax('echo hi\n', 'bash')).definitions).toEqual([]);
  });

  it('gives the innermost definition at a line', async () => {
    const syntax = await readSyntax('class A:\n    def b(self):\n        pass\n', 'python');
    expect(definitionAt(syntax, 3)?.name).toBe('b');
    expect(definitionAt(syntax, 1)?.name).toBe('A');
    expect(definitionAt(syntax, 9)).toBeUndefined();
  });
});

describe('languages and names', () => {
  it.each([
    ['src/a.ts', 'typescript'], ['ui/App.tsx', 'tsx'], ['x.mjs', 'javascript'], ['a.py', 'python'], ['main.go', 'go'],
    ['lib.rs', 'rust'], ['A.java', 'java'], ['run.sh', 'bash'], ['PLAN.md', 'markdown'], ['data.csv', undefined], ['Makefile', undefined],
  ])('%s is read as %s', (file, language) => {
    expect(languageOf(file)).toBe(language);
  });

  it.each([
    ['Start Agent', 'StartAgent', true], ['start_agent', 'StartAgent', true], ['validate-config', 'Validate config', true],
    ['StartAgent', 'StopAgent', false], ['start', 'StartAgent', false],
  ])('%s and %s are the same name: %s', (a, b, same) => {
    expect(normalizeName(a) === normalizeName(b)).toBe(same);
  });
});
