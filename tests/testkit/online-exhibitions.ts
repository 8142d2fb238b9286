// Online exhibition helpers: a media directory of the suite's own (the demo seed and stored test images write
// there, never into the repository's data/), images stored as uploads store them, valid inputs, and the studio's
// operations as thin wrappers over real GraphQL calls (documents in operations/online-exhibitions.graphql).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll } from 'vitest';
import { storeMediaImage } from '../../server/src/platform/media/media.service';
import {
  ChangeOnlineExhibitionStatusDocument,
  type ContentAction,
  type OnlineExhibitInput,
  type OnlineExhibitionInput,
  SaveOnlineExhibitionDocument,
} from './generated/graphql';
import { call, successData } from './graphql';
import type { TestServer } from './server';

/**
 * `MEDIA_DIR` for the test servers of a describe block: a fresh temporary directory, removed after the block.
 * Call it in the block's body (it registers the block's afterAll); its servers may share it (ids are random).
 */
export function mediaDirEnv(): { MEDIA_DIR: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zz-test-media-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { MEDIA_DIR: dir };
}

/** A small picture stored through the media service, as an upload would be: its /media path. */
export async function storedImagePath(server: TestServer, shade = 120): Promise<string> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: shade, g: 90, b: 60 } } })
    .jpeg()
    .toBuffer();
  return (await storeMediaImage(server.app.services.mediaStorage, jpeg)).path;
}

export function exhibitInput(imagePath: string, overrides: Partial<OnlineExhibitInput> = {}): OnlineExhibitInput {
  return {
    title: '侨批信封',
    caption: '红条封',
    description: '寄往石码的批封。',
    archiveRef: '0035-001-0012',
    period: '1920年代',
    imageUrls: [imagePath],
    ...overrides,
  };
}

export function onlineExhibitionInput(
  imagePath: string,
  overrides: Partial<OnlineExhibitionInput> = {},
): OnlineExhibitionInput {
  return {
    title: '测试网上展',
    intro: '一段导言。',
    exhibits: [exhibitInput(imagePath, { title: '展品一' }), exhibitInput(imagePath, { title: '展品二' })],
    ...overrides,
  };
}

/** Saves (creates when no id) and returns the saved exhibition; any other result fails the test. */
export async function saveOnlineExhibition(
  server: TestServer,
  token: string,
  input: OnlineExhibitionInput,
  id: string | null = null,
) {
  return successData(await call(server, SaveOnlineExhibitionDocument, { id, input }, token));
}

export async function changeOnlineExhibitionStatus(
  server: TestServer,
  token: string,
  id: string,
  action: ContentAction,
  publishAt: string | null = null,
) {
  return successData(await call(server, ChangeOnlineExhibitionStatusDocument, { id, action, publishAt }, token));
}
