// Success and failure must be told apart without looking, in a noisy hall: one short high beep and a short
// buzz for admitted, two low beeps and a long buzz for refused. Both are niceties: a device without sound or
// vibration still shows the result.
import Taro from '@tarojs/taro';
import { PLATFORM } from '../../../config';

type Verdict = 'admitted' | 'refused';

let audio: AudioContext | null = null;

function beep(verdict: Verdict): void {
  const Context =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (!Context) return;
  audio ??= new Context();
  const context = audio;
  const tones =
    verdict === 'admitted' ? [{ at: 0, hz: 1320, ms: 140 }] : [0, 0.22].map((at) => ({ at, hz: 330, ms: 180 }));
  for (const tone of tones) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = verdict === 'admitted' ? 'sine' : 'square';
    oscillator.frequency.value = tone.hz;
    gain.gain.value = 0.2;
    oscillator.connect(gain).connect(context.destination);
    const start = context.currentTime + tone.at;
    oscillator.start(start);
    oscillator.stop(start + tone.ms / 1000);
  }
}

/** Sound and vibration for a check-in's verdict. */
export function signalVerdict(verdict: Verdict): void {
  const ignore = () => undefined;
  if (PLATFORM === 'weapp') {
    if (verdict === 'admitted') Taro.vibrateShort({ type: 'light' }).catch(ignore);
    else Taro.vibrateLong().catch(ignore);
    return;
  }
  try {
    beep(verdict);
    navigator.vibrate?.(verdict === 'admitted' ? 80 : [200, 100, 200]);
  } catch {
    // Autoplay rules or an old browser: the screen still says it.
  }
}
