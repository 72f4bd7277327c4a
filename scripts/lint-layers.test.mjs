import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint.layers.js';

// The project's own eslint.config.js, on made-up files: lintText needs no file on disk.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

// The first call loads the config and the TypeScript parser: slow on a busy machine.
describe('the layer rule of npm run lint', { timeout: 30_000 }, () => {
  it('fails when src/data imports from src/state', async () => {
    const errors = await layerErrors(
      'src/data/example.ts',
      "import { useAppStore } from '../state/store';\nexport const s = useAppStore;\n",
    );
    expect(errors).toEqual([expect.stringContaining('src/data may import only from itself')]);
  });

  // The back-imports the layers once had, and two more.
  it.each([
    ['src/data/load-qpv.ts', "import { parseQpvCollection } from '../analysis/qpv-types';"],
    ['src/import/layer-scene.ts', "import { passesSectorFilter } from '../state/filters';"],
    ['src/import-ui/start-import.ts', "import { preloadImportedDrawing } from '../map/Layer';"],
    ['src/panels/qpv/QpvPanel.tsx', "import { App } from '../../app/App';"],
    ['src/i18n/messages.ts', "import { useAppStore } from '../state/store';"],
    [
      'src/import-ui/example.ts',
      "export const load = () => import('../map/ImportedSitesDrawing');",
    ],
  ])('fails on %s: %s', async (file, line) => {
    expect(await layerErrors(file, `${line}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['src/panels/qpv/Example.tsx', "import { useAppStore } from '../../state/store';"],
    ['src/panels/Example.tsx', "import { sectorStyle } from '../map/sector-style';"],
    ['src/state/example.ts', "import { parsePtce } from '../data/parse-ptce';"],
    ['src/state/use-t.ts', "import { format } from '../i18n/messages';"],
    ['src/import/example.ts', "import { NONE_KEY } from '../data/sector-keys';"],
    ['src/share/Example.tsx', "import { CloseButton } from '../ui/CloseButton';"],
  ])('lets %s go down the layers: %s', async (file, line) => {
    expect(await layerErrors(file, `${line}\nexport {};\n`)).toEqual([]);
  });
});

describe('ARCHITECTURE.md', () => {
  it('shows the same layers as the rule', () => {
    const text = readFileSync(new URL('../ARCHITECTURE.md', import.meta.url), 'utf8');
    const table = {};
    for (const [, folder, allowed] of text.matchAll(
      /^\| `src\/([a-z0-9-]+)\/` \|[^|]*\| (.*) \|$/gm,
    )) {
      table[folder] = allowed === '—' ? [] : allowed.split(', ').map((f) => f.replaceAll('`', ''));
    }
    expect(table).toEqual(LAYERS);
  });
});
