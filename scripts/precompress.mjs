// `node scripts/precompress.mjs <dir>`: writes a brotli (.br) and a gzip (.gz) twin beside every text file of a
// build, once, at build time (client's `build:h5` runs it after Taro), so the server never compresses per request
// and can use brotli's best level. The server sends a twin only to a browser that accepts it, and only while the
// twin is not older than its file (server/src/platform/http/static-files.ts).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json']);
/** Below this a file fits in one packet either way; a compressed twin would only cost a lookup. */
export const MIN_BYTES = 1024;

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export function precompress(dir) {
  // Twins left by an earlier run go first: one whose file is gone, or one about to be rewritten.
  for (const file of [...filesUnder(dir)]) {
    if (file.endsWith('.br') || file.endsWith('.gz')) rmSync(file);
  }
  const written = [];
  for (const file of [...filesUnder(dir)]) {
    if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
    const source = readFileSync(file);
    const twins = [
      [
        '.br',
        brotliCompressSync(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
      ],
      ['.gz', gzipSync(source, { level: 9 })],
    ];
    for (const [suffix, bytes] of twins) {
      // A twin no smaller than its file is not worth a Content-Encoding.
      if (bytes.length >= source.length) continue;
      writeFileSync(file + suffix, bytes);
      written.push({ file: relative(dir, file) + suffix, from: source.length, to: bytes.length });
    }
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = resolve(process.argv[2] ?? 'client/dist/h5');
  const written = precompress(dir);
  const total = (suffix) => written.filter((w) => w.file.endsWith(suffix)).reduce((sum, w) => sum + w.to, 0);
  const files = new Set(written.map((w) => w.file.replace(/\.(br|gz)$/, ''))).size;
  console.log(`precompressed ${files} files in ${dir}: ${total('.br')} bytes as brotli, ${total('.gz')} as gzip`);
}
