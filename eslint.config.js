// Lint: typescript-eslint's recommended rules, React hooks, the layer rule of DESIGN.md
// (renderer → shared, electron → shared, nothing else), the layers inside shared/ and each
// folder's index as its only way in.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const nodeBuiltins = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'http', 'https', 'net', 'zlib'];

const sharedPaths = ['electron', 'react', 'react-dom', 'zustand', 'i18next', 'react-i18next'];
const sharedPatterns = [
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is the core: it imports neither electron/ nor renderer/.' },
  { group: nodeBuiltins, message: 'shared/ does no I/O: bytes and strings in, values out.' },
];

// The folders of shared/ in one order, from the bottom up (README, "shared/ in layers"): a
// folder imports only folders before it, so no two of them import each other.
const SHARED_LAYERS = [
  'lists', 'contract', 'text', 'i18n', 'keyboard', 'responsibility', 'parse', 'redline', 'checklist', 'review',
  'toms', 'topics', 'obligations', 'docx', 'compare', 'report', 'documents', 'host',
];

// One block per folder and per depth of file inside it: a relative path names another
// folder of shared/ only with as many `../` as the file stands deep (`../x` from
// `docx/import/` is a folder of docx/, not shared/x).
function sharedLayers() {
  return SHARED_LAYERS.flatMap((folder, index) => {
    const below = SHARED_LAYERS.slice(0, index);
    const above = SHARED_LAYERS.slice(index + 1);
    return [1, 2, 3].map((depth) => {
      const up = '../'.repeat(depth);
      const group = above.flatMap((name) => [`${up}${name}`, `${up}${name}/**`]);
      return {
        files: [`shared/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: sharedPaths,
              patterns: [
                ...sharedPatterns,
                ...(group.length === 0 ? [] : [{ group, message: `shared/${folder}/ uses only the folders below it (${below.join(', ') || 'none'}; README, "shared/ in layers"): move what both need down.` }]),
              ],
            },
          ],
        },
      };
    });
  });
}

// A list of a document's length spread into arguments overflows V8's stack (some hundred
// thousand of them): a 125,000-line text did. `pushAll`, `largest`, `smallest` take any length.
const LONG_LISTS = [
  {
    selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
    message: 'Spreading a list into push() overflows the stack on long documents: use pushAll (shared/lists/pushAll).',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
    message: 'Spreading a list into Math.max/min overflows the stack on long documents: use largest/smallest (shared/lists/pushAll).',
  },
  {
    selector: "CallExpression[callee.object.name='String'][callee.property.name=/^fromC(har|odePoint)Code$/] > SpreadElement",
    message: 'Spreading a list into String.fromCharCode overflows the stack on long input: decode with TextDecoder or in chunks.',
  },
];

// Each folder of shared/ has one way in from outside it: its index.ts, the folder's public face
// (files inside a folder import each other directly, never their own index). Tests (test/**) may
// import deep files to test internals, so the rule is not applied there.
// LAZY_ENTRIES are a folder's second, declared entries: modules the host and the command line
// load with `await import()` so that a reader is evaluated only when a file of its kind is opened
// and adopting a comparison only when asked for, and writing into their DOCX only for a review of
// theirs; through the index they would be evaluated with the rest of the folder at start. Only
// `await import()` may name them.
const SHARED_ROOT = fileURLToPath(new URL('./shared', import.meta.url));
const LAZY_ENTRIES = ['documents/loadDocx', 'documents/loadReview', 'documents/loadText', 'compare/adopt', 'docx/patch/patchDocx'];

/** The folder and the file inside it that `source` names from `file`, where that is a deep import into another folder of shared/. */
function deepShared(file, source) {
  if (!source.startsWith('.')) return null;
  const target = path.relative(SHARED_ROOT, path.resolve(path.dirname(file), source)).split(path.sep);
  if (target[0] === '..' || path.isAbsolute(target[0]) || target.length < 2) return null;
  const own = path.relative(SHARED_ROOT, file).split(path.sep);
  if (own[0] === target[0] && own.length > 1) return null;
  return { folder: target[0], entry: target.join('/') };
}

const folderFaces = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const check = (node, lazy) => {
      if (node.source?.type !== 'Literal' || typeof node.source.value !== 'string') return;
      const deep = deepShared(context.filename, node.source.value);
      if (!deep || (lazy && LAZY_ENTRIES.includes(deep.entry))) return;
      context.report({
        node: node.source,
        message: lazy
          ? `\`shared/${deep.entry}\` is not a declared lazy entry of shared/${deep.folder}/ (LAZY_ENTRIES in eslint.config.js): import the folder's index.`
          : `Import shared/${deep.folder}/ through its index (\`…/shared/${deep.folder}\`), its public face, not \`shared/${deep.entry}\`.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, false),
      ExportNamedDeclaration: (node) => check(node, false),
      ExportAllDeclaration: (node) => check(node, false),
      ImportExpression: (node) => check(node, true),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'shared/review/reviewParser.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', 'scripts/**', 'bin/**', '*.config.*'], languageOptions: { globals: globals.node } },
  // Plain CommonJS helpers loaded with `node --require`.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `const { dropped: _dropped, ...rest } = item` is how an immutable update leaves a field out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...LONG_LISTS],
    },
  },
  {
    // `@types/node` reaches shared/ through the docx package's declarations: without this,
    // Node's globals would compile here and fail in the renderer.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: sharedPaths, patterns: sharedPatterns }],
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'module'].map((name) => ({ name, message: 'shared/ runs in the renderer too: no Node globals (bytes are Uint8Array, text is TextDecoder).' }))],
    },
  },
  ...sharedLayers(),
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'scripts/**', 'bin/**'],
    plugins: { clausemark: { rules: { 'folder-faces': folderFaces } } },
    rules: { 'clausemark/folder-faces': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ talks to the host only through the HostApi in shared/.' },
            { group: nodeBuiltins, message: 'renderer/ runs sandboxed: no Node.' },
          ],
        },
      ],
    },
  },
  {
    // Focus belongs to components: they register what commands focus (renderer/focusTargets.ts).
    files: ['renderer/commands/**/*.ts', 'renderer/store/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...LONG_LISTS,
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(querySelector|querySelectorAll|getElementById|getElementsByClassName)$/]",
          message: "Commands and the store ask for a focus target by name (renderer/focusTargets.ts), registered by the component that draws it, never by a component's markup.",
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }] }],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The command line and the handlers run under plain Node: no electron module.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
);
