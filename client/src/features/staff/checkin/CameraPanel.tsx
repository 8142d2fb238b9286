// H5: the camera view that reads tickets (camera-scanner.h5.ts). It starts when the page opens and says plainly
// when there is no camera or the permission was refused, so staff fall back to the scanner gun or the paste field.
import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { CAMERA_PROBLEM_MESSAGES, type CameraProblem } from './camera-problem';
import { startCameraScanner } from './camera-scanner';

const HOST_ID = 'checkin-camera-host';

type CameraState = { kind: 'starting' } | { kind: 'running' } | { kind: 'off' } | CameraProblem['problem'];

export function CameraPanel({ onCode }: { onCode: (text: string) => void }) {
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  // The latest handler, so the running camera loop always checks in with the page's current state.
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    if (attempt < 0) return;
    let stopped = false;
    let stop: (() => void) | null = null;
    const host = document.getElementById(HOST_ID);
    if (!host) return;
    setState({ kind: 'starting' });
    void startCameraScanner(host, (text) => handler.current(text)).then((started) => {
      if ('problem' in started) {
        if (!stopped) setState(started.problem);
        return;
      }
      if (stopped) started.stop();
      else {
        stop = started.stop;
        setState({ kind: 'running' });
      }
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [attempt]);

  const problem = typeof state === 'string' ? state : null;
  return (
    <View className="checkin-camera-block" data-testid="checkin-camera">
      <View className="checkin-camera" id={HOST_ID}>
        <Text className="checkin-camera__status" data-testid="checkin-camera-status">
          {problem
            ? CAMERA_PROBLEM_MESSAGES[problem]
            : typeof state !== 'string' && state.kind === 'running'
              ? '摄像头已开启：将电子票二维码对准画面'
              : typeof state !== 'string' && state.kind === 'off'
                ? '摄像头已关闭'
                : '正在打开摄像头…'}
        </Text>
      </View>
      {problem ? (
        <Button variant="secondary" block onClick={() => setAttempt((n) => n + 1)}>
          重新打开摄像头
        </Button>
      ) : null}
    </View>
  );
}
