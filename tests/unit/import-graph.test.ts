/**
 * The source's import graph has no cycles, not even through type-only imports: each module can be
 * read, and moved, knowing everything it depends on sits below it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = [...sources(join(root, 'app')), ...sources(join(root, 'lib')), ...sources(join(root, 'machines')), join(root, 'proxy.ts')];

/** The project files a module imports (statically, dynamically, type-only or re-exported). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (base === null) return [];
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((path) => existsSync(path) && statSync(path).isFile());
    return found ? [found] : [];
  });
}

/** Every cycle's modules (strongly connected components of more than one module, or a module importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.map((f) => relative(root, f)).sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

describe('the import graph', () => {
  it('reads the imports it checks', () => {
    expect(importsOf(join(root, 'lib/sim/engine.ts')).map((f) => relative(root, f))).toContain('machines/scenario.ts');
  });

  it('finds a cycle where there is one', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(root, name));
    expect(cycles(new Map([[a!, [b!]], [b!, [c!]], [c!, [a!]]]))).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle', () => {
    expect(cycles(new Map(files.map((file) => [file, importsOf(file)])))).toEqual([]);
  });

  it('keeps the languages below the sim command, and links below the workbench session', () => {
    const below = (dir: string, above: string) =>
      files
        .filter((f) => relative(root, f).startsWith(dir))
        .flatMap((f) => importsOf(f).map((i) => `${relative(root, f)} → ${relative(root, i)}`))
        .filter((arrow) => arrow.split(' → ')[1]!.startsWith(above));
    expect(below('lib/i18n/', 'lib/cli/')).toEqual([]);
    expect(below('lib/share/', 'lib/workbench/')).toEqual([]);
  });
});
