// H5: libraries that only one staff tool needs, loaded when it runs rather than with every page.
//
// Taro's Vite runner (4.2) sends every node_modules module to the `vendors` chunk, which every H5 page loads. The
// door's QR decoder (jsQR, ~130 KB) is imported dynamically by the camera scanner (camera-scanner.h5.ts); this
// plugin lets Rollup give it a chunk of its own, so a citizen's page never downloads it. The mini-program never
// sees jsQR at all: its build takes camera-scanner.ts, which scans with WeChat's own scanner.
import type { GetManualChunk } from 'rollup';
import type { Plugin, UserConfig } from 'vite';

export function h5LazyLibraries(libraries: readonly string[]): Plugin {
  const lazy = (id: string) => libraries.some((name) => id.includes(`/node_modules/${name}/`));
  return {
    name: 'zz:h5-lazy-libraries',
    enforce: 'post',
    config(config: UserConfig) {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function') {
        throw new Error('h5-lazy-libraries: expected Taro to set build.rollupOptions.output.manualChunks');
      }
      const taro = output.manualChunks as GetManualChunk;
      output.manualChunks = (id, meta) => (lazy(id) ? undefined : taro(id, meta));
    },
  };
}
