// A camera for the H5 door in headless Chromium: the page's getUserMedia is replaced, before any page script runs,
// by a canvas stream drawing a picture (the QR code of a real ticket), so the page's own loop reads real frames
// and the real jsQR decodes them. While `window.ticketInView` is false the canvas stays blank, as when nobody holds
// a ticket up.
import type { Page } from 'playwright-core';
import qrcode from 'qrcode-generator';
import type { BrowserSession } from './browser';

/** A data URL of `text` as a QR code, as the ticket page draws it. */
export function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createDataURL(8, 4);
}

/** Runs in the page: `src` null is a machine without a camera. */
function fakeCamera(src: string | null) {
  const devices = navigator.mediaDevices ?? ({} as MediaDevices);
  Object.defineProperty(navigator, 'mediaDevices', { value: devices, configurable: true });
  devices.getUserMedia = async () => {
    if (!src) throw new DOMException('Requested device not found', 'NotFoundError');
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 480;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const picture = new Image();
    picture.src = src;
    await picture.decode();
    const draw = () => {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      if ((window as { ticketInView?: boolean }).ticketInView !== false) context.drawImage(picture, 40, 40, 400, 400);
    };
    draw();
    setInterval(draw, 100);
    return canvas.captureStream(10);
  };
}

/** A phone whose camera sees `image` (null: no camera); with `ticketInView` false, nothing until the test says. */
export async function phoneWithCamera(
  session: BrowserSession,
  image: string | null,
  ticketInView = true,
): Promise<Page> {
  const { context, page } = await session.newPhone();
  if (!ticketInView) await context.addInitScript(() => Object.assign(window, { ticketInView: false }));
  await context.addInitScript(fakeCamera, image);
  return page;
}

/** Holds the ticket up to a phone made with `ticketInView` false. */
export async function showTicket(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { ticketInView: true }));
}
