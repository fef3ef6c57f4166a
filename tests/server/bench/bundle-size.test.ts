import { describe, expect, it } from 'vitest';
import { initialChunkKeys, type ManifestChunk } from '../../../bench/bundle-size.mjs';

// Shaped like client/dist/.vite/manifest.json after `vite build`.
const manifest: Record<string, ManifestChunk> = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_store.js', '_net.js'],
    dynamicImports: ['src/i18n/de.json', 'src/i18n/en.json', 'src/features/moderate/Moderate.tsx'],
  },
  '_store.js': { file: 'assets/store.js', imports: ['_runtime.js'] },
  '_net.js': { file: 'assets/net.js', imports: ['_store.js'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_texts-shared.js': { file: 'assets/texts-shared.js' },
  'src/i18n/de.json': { file: 'assets/de.js', imports: ['_texts-shared.js'] },
  'src/i18n/en.json': { file: 'assets/en.js', imports: ['_texts-shared.js'] },
  'src/features/moderate/Moderate.tsx': {
    file: 'assets/Moderate.js',
    imports: ['_store.js', '_dnd.js'],
  },
  '_dnd.js': { file: 'assets/dnd.js' },
};

describe('the attendee view’s initial chunks', () => {
  it('are the entry, its static imports, and the first render’s dynamic imports with theirs', () => {
    expect(initialChunkKeys(manifest, ['src/i18n/de.json']).sort()).toEqual(
      [
        'index.html',
        '_store.js',
        '_net.js',
        '_runtime.js',
        'src/i18n/de.json',
        '_texts-shared.js',
      ].sort(),
    );
  });

  it('leave out what only other pages load', () => {
    const keys = initialChunkKeys(manifest, ['src/i18n/de.json']);
    expect(keys).not.toContain('src/i18n/en.json');
    expect(keys).not.toContain('src/features/moderate/Moderate.tsx');
    expect(keys).not.toContain('_dnd.js');
  });

  it('refuse to count without a module the first render needs, rather than under-count', () => {
    expect(() => initialChunkKeys(manifest, ['src/i18n/fr.json'])).toThrow(/FIRST_RENDER_MODULES/);
  });

  it('refuse a manifest without exactly one entry', () => {
    const { 'index.html': _entry, ...withoutEntry } = manifest;
    expect(() => initialChunkKeys(withoutEntry, [])).toThrow(/one entry/);
  });
});
