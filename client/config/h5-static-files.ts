// H5: files the server hands out by a fixed name, outside the bundle (the favicon browsers ask for at /favicon.ico
// whatever the page says). Emitted by the H5 build only: the mini-program has no use for them, and its main package
// has a size budget.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';

export function h5StaticFiles(files: readonly string[]): Plugin {
  return {
    name: 'zz:h5-static-files',
    apply: 'build',
    generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: basename(file), source: readFileSync(file) });
      }
    },
  };
}
