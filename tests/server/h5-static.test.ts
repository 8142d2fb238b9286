// The H5 app's files as a browser gets them: the brotli or gzip twin that scripts/precompress.mjs wrote at build
// time when the browser accepts it (never a twin older than its file), a year of caching for hashed names,
// revalidation of index.html with 304s, and nothing outside the build folder. A small build is made in a temp
// folder and precompressed by the real script; requests go over raw HTTP (fetch would ask for and undo encodings
// itself). The database plays no part in these answers, so one dialect is enough.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { useTestServer } from '../testkit/suite';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly this path and these headers, the body as sent (still encoded). */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Text that compresses as built JavaScript does: repetitive, but not one character repeated. */
const script = (seed: string) =>
  Array.from({ length: 400 }, (_, i) => `export const ${seed}${i} = () => "展览 ${seed} ${i}";`).join('\n');

const folder = mkdtempSync(join(tmpdir(), 'zz-h5-static-'));
const site = join(folder, 'h5');
const APP = '/js/app.0123abcd.js';
const TINY = '/js/tiny.89abcdef.js';
const SECRET = 'not-for-the-web';

function precompress(): void {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/precompress.mjs'), site], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`precompress failed: ${run.stderr}`);
}

beforeAll(() => {
  mkdirSync(join(site, 'js'), { recursive: true });
  const index = `<!DOCTYPE html><html><head><link rel="icon" href="/favicon.svg"><script type="module" src="${APP}"></script></head><body>${'<p>漳州档案</p>'.repeat(100)}</body></html>`;
  writeFileSync(join(site, 'index.html'), index);
  writeFileSync(join(site, APP), script('a'));
  writeFileSync(join(site, TINY), 'export const tiny = 1;');
  for (const icon of ['favicon.ico', 'favicon.svg']) {
    copyFileSync(join(REPO_ROOT, 'client/src/favicon', icon), join(site, icon));
  }
  writeFileSync(join(folder, 'secret.txt'), SECRET);
  precompress();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the H5 app files', () => {
  const server = useTestServer(() => ({ dialect: 'sqlite', env: { STATIC_DIR: site } }));
  const fetchFile = (path: string, headers?: Record<string, string>, method?: string) =>
    get(server().url, path, headers, method);

  it('sends a browser that accepts brotli the brotli twin of a hashed script, cacheable for a year', async () => {
    const answer = await fetchFile(APP, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(readFileSync(join(site, APP)).length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(readFileSync(join(site, APP), 'utf8'));
  });

  it('sends gzip to a browser that does not accept brotli, or refuses it with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const answer = await fetchFile(APP, { 'accept-encoding': accept });
      expect(answer.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(answer.body).toString()).toBe(readFileSync(join(site, APP), 'utf8'));
    }
  });

  it('sends the file itself without Accept-Encoding, or when the browser accepts neither twin', async () => {
    const choices: Array<Record<string, string>> = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of choices) {
      const answer = await fetchFile(APP, headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.toString()).toBe(readFileSync(join(site, APP), 'utf8'));
    }
  });

  it('leaves a file below a packet uncompressed', async () => {
    const answer = await fetchFile(TINY, { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('export const tiny = 1;');
  });

  it('has index.html revalidated on every visit, and answers an unchanged one with 304 and no body', async () => {
    const first = await fetchFile('/', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-encoding']).toBe('br');
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(etag).toMatch(/^".+"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();

    const byTag = await fetchFile('/index.html', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect(byTag.headers.etag).toBe(etag);
    const byDate = await fetchFile('/', { 'accept-encoding': 'br', 'if-modified-since': lastModified });
    expect(byDate.status).toBe(304);
    // The same bytes uncompressed are another representation, with a tag of its own.
    const plain = await fetchFile('/', { 'if-none-match': etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).not.toBe(etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const answer = await fetchFile(APP, { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });

  it('serves the favicon the build ships, so browsers stop asking for a missing one', async () => {
    const ico = await fetchFile('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    // An ICO header: reserved 0, type 1 (icon), then at least one image.
    expect([ico.body.readUInt16LE(0), ico.body.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.body.readUInt16LE(4)).toBeGreaterThan(0);
    const svg = await fetchFile('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.body.toString()).toContain('<svg');
  });

  it('refuses every path that leads outside the build folder, however it is spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/js/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/js/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/js/%00../../secret.txt',
    ]) {
      const answer = await fetchFile(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain(SECRET);
    }
  });

  it('never sends a twin older than its file: a file rebuilt in place is sent as it now is', async () => {
    // Another build wrote the file again but its twins are from before (a build without the precompress step).
    const rebuilt = script('b');
    writeFileSync(join(site, APP), rebuilt);
    const before = new Date(Date.now() - 60_000);
    for (const twin of ['.br', '.gz']) utimesSync(join(site, APP + twin), before, before);
    const answer = await fetchFile(APP, { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(rebuilt);

    precompress();
    const fresh = await fetchFile(APP, { 'accept-encoding': 'br, gzip' });
    expect(fresh.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(fresh.body).toString()).toBe(rebuilt);
  });
});
