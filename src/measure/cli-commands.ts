/**
 * Commands a command-line program defines, read from its source with a
 * parser: Typer and Click decorators (`@app.command()`, `@cli.group()`) and
 * argparse sub-parsers (`sub.add_parser("run")`) in Python, Commander and
 * yargs `.command("name")` calls in JavaScript and TypeScript. Other
 * languages have no parser at hand: their files are not read.
 */
import type * as TS from 'typescript';
import { decoratorName, isScript, parsePython, parseScript, typescript } from './parsers.js';

/** Commands and command groups found in one file. */
export interface CliCommands {
  commands: number;
  groups: number;
}

/** Decorator names that make a function a command, or a group of commands. */
const commandDecoratorRe = /(?:^|\.)command$/;
const groupDecoratorRe = /(?:^|\.)group$/;
/** Calls that add a command: argparse sub-parsers; Typer sub-apps are groups. */
const pythonCommandCalls = new Set(['add_parser']);
const pythonGroupCalls = new Set(['add_typer']);

function pythonCommands(text: string): CliCommands {
  const found: CliCommands = { commands: 0, groups: 0 };
  parsePython(text).iterate({
    enter(node) {
      if (node.name === 'Decorator') {
        const name = decoratorName(node.node, text);
        if (commandDecoratorRe.test(name)) found.commands++;
        else if (groupDecoratorRe.test(name)) found.groups++;
        return false;
      }
      if (node.name === 'CallExpression') {
        const callee = node.node.firstChild;
        const method = callee?.name === 'MemberExpression' ? callee.lastChild : undefined;
        const called = method ? text.slice(method.from, method.to) : '';
        if (pythonCommandCalls.has(called)) found.commands++;
        else if (pythonGroupCalls.has(called)) found.groups++;
      }
      return undefined;
    },
  });
  return found;
}

function scriptCommands(text: string, file: string): CliCommands {
  const ts = typescript();
  const found: CliCommands = { commands: 0, groups: 0 };
  const visit = (node: TS.Node): void => {
    // `.command('deploy <env>')` with a name as its first argument: Commander's and yargs' form.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'command') {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) found.commands++;
    }
    ts.forEachChild(node, visit);
  };
  visit(parseScript(text, file));
  return found;
}

/** Whether commands of `file` can be read: Python, JavaScript or TypeScript. */
export function readsCommands(file: string): boolean {
  return /\.py$/i.test(file) || isScript(file);
}

/** The commands `file` (content `text`) defines; `undefined` for a language no parser here reads. */
export function countCliCommands(text: string, file: string): CliCommands | undefined {
  if (/\.py$/i.test(file)) return pythonCommands(text);
  if (isScript(file)) return scriptCommands(text, file);
  return undefined;
}
