/**
 * The layers of src/ (see ARCHITECTURE.md): each folder and the folders it may import from.
 * Anything else under src/ is a back-import (or a sideways one) and fails `npm run lint`.
 */
export const LAYERS = {
  data: [],
  i18n: [],
  ui: [],
  analysis: ['data'],
  import: ['data'],
  search: ['data'],
  state: ['data', 'i18n', 'analysis', 'import', 'search'],
  'import-ui': ['data', 'i18n', 'analysis', 'import', 'search', 'state'],
  map: ['data', 'i18n', 'analysis', 'import', 'search', 'state', 'import-ui', 'ui'],
  share: ['data', 'i18n', 'analysis', 'import', 'search', 'state', 'ui'],
  panels: ['data', 'i18n', 'analysis', 'import', 'search', 'state', 'import-ui', 'map', 'ui'],
  app: [
    'data',
    'i18n',
    'analysis',
    'import',
    'search',
    'state',
    'import-ui',
    'map',
    'share',
    'panels',
    'ui',
  ],
};

const FOLDERS = Object.keys(LAYERS);

/**
 * The rules for files `depth` folders below src/<folder>/ (depth 1: src/map/x.ts): a relative
 * import climbs exactly `depth` times to reach src/, so the regex names only top folders.
 */
function rules(folder, allowed, depth) {
  const banned = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  if (banned.length === 0) return {};
  const regex = `^(\\.\\./){${depth}}(${banned.join('|')})(/|$)`;
  const message = `src/${folder} may import only from ${allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'itself'} (ARCHITECTURE.md, "Layers").`;
  return {
    'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
    // import() too: a lazy import that runs back up is still a back-import.
    'no-restricted-syntax': [
      'error',
      { selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\/')}/]`, message },
    ],
  };
}

/** Flat-config blocks, one per folder and depth (a later block would replace the rule options). */
export function layerBlocks() {
  const blocks = [];
  for (const [folder, allowed] of Object.entries(LAYERS)) {
    for (const depth of [1, 2, 3]) {
      const glob = `src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`;
      blocks.push({ files: [glob], rules: rules(folder, allowed, depth) });
    }
  }
  return blocks;
}
