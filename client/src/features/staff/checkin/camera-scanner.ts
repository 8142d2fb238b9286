// The mini-program scans with WeChat's own scanner (Taro.scanCode), so it has no camera loop: this file is
// what the weapp build takes; camera-scanner.h5.ts (getUserMedia + jsQR) is the H5 one, and jsQR never
// reaches the mini-program.
import type { CameraProblem } from './camera-problem';

export const CAMERA_SCANNING = false;

export function startCameraScanner(
  _host: unknown,
  _onCode: (text: string) => void,
): Promise<{ stop: () => void } | CameraProblem> {
  return Promise.resolve({ problem: 'UNSUPPORTED' });
}
