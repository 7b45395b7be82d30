// Lint: typescript-eslint's recommended rules, React hooks, and the layer rule of
// DESIGN.md: renderer → shared, electron → shared, nothing else.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'test-results/**'] },
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
    // A list of a document's length spread into arguments overflows V8's stack (some hundred
    // thousand of them): a 125,000-line text did. `pushAll`, `largest`, `smallest` take any length.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
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
      ],
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
