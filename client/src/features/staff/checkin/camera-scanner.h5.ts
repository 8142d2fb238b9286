// H5: the camera through getUserMedia, each frame drawn to a canvas and read by jsQR (a maintained pure-JS QR
// decoder). Taro takes this file for the H5 build only, and only the staff door imports it; jsQR itself is
// imported when the camera starts, into a chunk of its own (config/h5-chunks.ts), so no other page
// downloads it and the mini-program never contains it.
import type { CameraProblem } from './camera-problem';

export const CAMERA_SCANNING = true;

/**
 * A ticket held in front of the camera is read once: the same code is read again only after it has been out of
 * sight this long (so the green answer is not replaced by "already checked in" a moment later).
 */
const SAME_CODE_GONE_MS = 2000;
const FRAME_INTERVAL_MS = 120;

function problemOf(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError')
    return { problem: 'DENIED' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError')
    return { problem: 'NO_CAMERA' };
  return { problem: 'FAILED' };
}

/** Starts the camera inside `host` and calls `onCode` with each QR code read; `stop` releases the camera. */
export async function startCameraScanner(
  host: HTMLElement,
  onCode: (text: string) => void,
): Promise<{ stop: () => void } | CameraProblem> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return { problem: 'UNSUPPORTED' };
  let jsQR: typeof import('jsqr').default;
  let stream: MediaStream;
  try {
    jsQR = (await import('jsqr')).default;
  } catch {
    return { problem: 'FAILED' };
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    return problemOf(error);
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.className = 'checkin-camera__video';
  video.srcObject = stream;
  host.appendChild(video);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let last = { text: '', seenAt: 0 };
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    for (const track of stream.getTracks()) track.stop();
    video.remove();
  };
  try {
    await video.play();
  } catch (error) {
    stop();
    return problemOf(error);
  }
  timer = setInterval(() => {
    if (!context || video.readyState < 2 || video.videoWidth === 0) return;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
    if (!code?.data) return;
    const now = Date.now();
    const again = code.data === last.text && now - last.seenAt < SAME_CODE_GONE_MS;
    last = { text: code.data, seenAt: now };
    if (!again) onCode(code.data);
  }, FRAME_INTERVAL_MS);
  return { stop };
}
