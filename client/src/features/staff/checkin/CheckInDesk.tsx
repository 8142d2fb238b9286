// 扫码核验: scan an e-ticket (WeChat's scanner in the mini-program, the camera on H5, or a hand-held scanner
// that types into the paste field) or check in by document number; the result fills the screen in green or
// red so it can be read at arm's length, with a sound and a vibration that differ. Scans made while the
// network is down wait on the device and are sent when it returns; their results are listed here.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DocumentType } from '@zz/shared/identity/documents';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { PLATFORM } from '../../../config';
import { clockOf } from '../format';
import { CameraPanel } from './CameraPanel';
import { CAMERA_SCANNING } from './camera-scanner';
import { DocumentCheckIn } from './DocumentCheckIn';
import { signalVerdict } from './feedback';
import { HeadcountDialog } from './HeadcountDialog';
import { OutcomePanel } from './OutcomePanel';
import {
  type CheckInOutcome,
  checkInByDocument,
  checkInTicket,
  type GroupAtDoor,
  groupOfTicket,
  overrideCheckIn,
  type SyncedScan,
  syncQueuedScans,
} from './outcome';
import { queuedScans } from './scan-queue';

/** How often a waiting queue is tried again. */
const SYNC_INTERVAL_MS = 10_000;

import './checkin.css';

/** `manager`: administrators and branch staff, who may admit a party the entry window refuses (特殊放行). */
export function CheckInDesk({ manager = false }: { manager?: boolean }) {
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);
  const [pending, setPending] = useState(false);
  const [pasted, setPasted] = useState('');
  const [group, setGroup] = useState<{ token: string; group: GroupAtDoor } | null>(null);
  const [waiting, setWaiting] = useState(() => queuedScans().length);
  const [synced, setSynced] = useState<SyncedScan[]>([]);
  // One check-in at a time: a second scan while the first is in flight is ignored, not queued.
  const busy = useRef(false);

  async function exclusive<T>(action: () => Promise<T>): Promise<T | null> {
    if (busy.current) return null;
    busy.current = true;
    setPending(true);
    try {
      return await action();
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  function show(next: CheckInOutcome): CheckInOutcome {
    setOutcome(next);
    // A refusal must not pass unnoticed in a noisy hall: its own sound and a longer vibration.
    signalVerdict(next.kind === 'refused' ? 'refused' : 'admitted');
    setWaiting(queuedScans().length);
    Taro.pageScrollTo({ scrollTop: 0, duration: 200 })?.catch(() => undefined);
    return next;
  }

  function run(action: () => Promise<CheckInOutcome>): Promise<CheckInOutcome | null> {
    return exclusive(async () => show(await action()));
  }

  async function handleToken(raw: string) {
    const token = raw.trim();
    if (!token) return;
    setOutcome(null);
    const leader = await exclusive(() => groupOfTicket(token));
    if (leader) setGroup({ token, group: leader });
    else await run(() => checkInTicket(token, null));
  }

  const sync = useCallback(async () => {
    if (busy.current || queuedScans().length === 0) return;
    busy.current = true;
    try {
      const done = await syncQueuedScans();
      if (done.length > 0) setSynced((list) => [...done, ...list].slice(0, 30));
    } finally {
      busy.current = false;
      setWaiting(queuedScans().length);
    }
  }, []);

  useEffect(() => {
    void sync();
    const timer = setInterval(() => void sync(), SYNC_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [sync]);

  /** 特殊放行 of the refusal shown: the reason's error for the field, or null once the door has its answer. */
  async function override(reason: string): Promise<string | null> {
    const target = outcome?.kind === 'refused' ? outcome.overridable : null;
    if (!target) return null;
    const answer = await exclusive(() => overrideCheckIn(target, reason));
    if (!answer) return null;
    // A reason the server refuses stays on the refusal, next to the field.
    if ('reasonError' in answer) return answer.reasonError;
    show(answer.outcome);
    return null;
  }

  async function scan() {
    let result: string;
    try {
      result = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch (error) {
      const message = String((error as { errMsg?: string })?.errMsg ?? '');
      if (!/cancel/i.test(message)) void Taro.showToast({ title: '无法打开扫码，请重试', icon: 'none' });
      return;
    }
    await handleToken(result);
  }

  async function submitPasted() {
    const token = pasted;
    setPasted('');
    await handleToken(token);
  }

  async function submitDocument(input: { slotId: string; documentType: DocumentType; documentNumber: string }) {
    const next = await run(() => checkInByDocument(input));
    return next?.kind === 'admitted';
  }

  return (
    <View className="checkin" data-testid="checkin">
      {PLATFORM === 'weapp' ? (
        <View
          className="checkin__scan"
          hoverClass="checkin__scan--pressed"
          onClick={pending ? undefined : () => void scan()}
          data-testid="checkin-scan"
        >
          <Text className="checkin__scan-icon">⌗</Text>
          <Text className="checkin__scan-label">{pending ? '正在核验…' : '扫码核验'}</Text>
          <Text className="checkin__scan-hint">对准访客的电子票二维码</Text>
        </View>
      ) : (
        <View className="staff-form checkin__paste" data-testid="checkin-paste">
          {CAMERA_SCANNING ? (
            <CameraPanel onCode={(text) => void handleToken(text)} />
          ) : (
            <Notice tone="warning">
              <Text>浏览器中无法调用扫码。请使用扫码枪，或粘贴电子票二维码的内容。</Text>
            </Notice>
          )}
          <Text className="staff-hint">使用扫码枪时，点一下输入框后扫码即可。</Text>
          <Input
            className="zz-input checkin__paste-input"
            value={pasted}
            placeholder="ZZT1.…"
            maxlength={200}
            focus
            onInput={(event) => setPasted(event.detail.value)}
            onConfirm={() => void submitPasted()}
          />
          <Button
            block
            loading={pending}
            disabled={pasted.trim().length === 0}
            onClick={() => void submitPasted()}
            className="checkin__paste-submit"
          >
            核验电子票
          </Button>
        </View>
      )}

      {outcome ? (
        <OutcomePanel outcome={outcome} onDismiss={() => setOutcome(null)} onOverride={manager ? override : null} />
      ) : null}

      {waiting > 0 || synced.length > 0 ? (
        <Section title="离线暂存的扫码" className="checkin-queue">
          {waiting > 0 ? (
            <View data-testid="checkin-queue-waiting">
              <Text className="staff-hint">本机暂存 {waiting} 条，网络恢复后自动提交。</Text>
              <Button variant="secondary" block onClick={() => void sync()}>
                立即提交
              </Button>
            </View>
          ) : null}
          {synced.map((item) => (
            <View key={item.scan.scanId} className="checkin-queue__row" data-testid="checkin-queue-result">
              <Text>{clockOf(new Date(item.scan.scannedAt).toISOString())} 扫码</Text>
              <Text>
                {item.outcome.kind === 'admitted'
                  ? `已入馆 ${item.outcome.result.admitted} 人 ${item.outcome.result.revealed.map((p) => p.name).join('、')}`
                  : item.outcome.kind === 'refused'
                    ? (item.conflict ?? `${item.outcome.title}${item.outcome.who ? `（${item.outcome.who}）` : ''}`)
                    : '仍在等待'}
              </Text>
            </View>
          ))}
        </Section>
      ) : null}

      <Section title="证件号核验" className="checkin__document">
        <Text className="staff-hint">访客未带手机时，按场次和证件号码找到预约并登记入馆。</Text>
        <DocumentCheckIn pending={pending} onSubmit={submitDocument} />
      </Section>

      {group ? (
        <HeadcountDialog
          group={group.group}
          pending={pending}
          onCancel={() => setGroup(null)}
          onConfirm={(headcount) => void run(() => checkInTicket(group.token, headcount)).then(() => setGroup(null))}
        />
      ) : null}
    </View>
  );
}
