// The source imports a folder of shared/ through its index.ts; the Node bundles import the files
// the index names instead. esbuild wraps every module a lazy `await import()` reaches (without
// code splitting) and a wrapped index evaluates every file it re-exports: through the index, the
// command line evaluated the DOCX writer, the parser and the zod schemas before printing its
// usage (173 modules instead of 16, 40 % more CPU at start). Bundled so, a file is evaluated when
// something uses it, as before the indexes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const REEXPORT = /^export\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.\/[^']+)';/gmu;
const IMPORT = /^(import|export)\s+\{([^}]*)\}\s+from\s+'(\.[^']+)';/gmu;

/** `a, type B, c as d` → [{ name: 'a', local: 'a' }, { name: 'c', local: 'd' }]: values only, types are erased anyway. */
function specifiers(list) {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('type '))
    .map((item) => {
      const [name, local = name] = item.split(/\s+as\s+/u);
      return { name, local };
    });
}

/** For each value an index re-exports, the file it comes from (`./write/exportDocx`). */
function readIndex(file) {
  const files = new Map();
  for (const [, typeOnly, list, from] of readFileSync(file, 'utf8').matchAll(REEXPORT)) {
    if (!typeOnly) for (const { name } of specifiers(list)) files.set(name, from);
  }
  return files;
}

/** An esbuild plugin: imports of `shared/<folder>` (its index.ts) become imports of the files that index names. */
export function folderFaces(root) {
  const shared = resolve(root, 'shared');
  const indexes = new Map();
  const indexOf = (folder) => {
    if (!indexes.has(folder)) {
      const file = join(folder, 'index.ts');
      indexes.set(folder, existsSync(file) ? readIndex(file) : null);
    }
    return indexes.get(folder);
  };
  return {
    name: 'folder-faces',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = source.replace(IMPORT, (statement, keyword, list, from) => {
          const folder = resolve(dirname(args.path), from);
          const inShared = relative(shared, folder);
          if (inShared === '' || inShared.startsWith('..') || inShared.includes(sep)) return statement;
          const files = indexOf(folder);
          if (!files) return statement;
          const byFile = new Map();
          for (const { name, local } of specifiers(list)) {
            const file = files.get(name);
            const target = file ? `${from}/${file.slice(2)}` : from;
            byFile.set(target, [...(byFile.get(target) ?? []), name === local ? name : `${name} as ${local}`]);
          }
          // The same number of lines, so the source map still points at the right ones.
          const lines = '\n'.repeat(statement.split('\n').length - 1);
          return [...byFile].map(([target, names]) => `${keyword} { ${names.join(', ')} } from '${target}';`).join(' ') + lines;
        });
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}
