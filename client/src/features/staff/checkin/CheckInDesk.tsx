// 扫码核验: scan an e-ticket (or, on H5 where the camera is not available, paste its content) or check in by
// document number; the result fills the screen in green or red so it can be read at arm's length.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { DocumentType } from '@zz/shared/identity/documents';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { Section } from '../../../components/Section';
import { PLATFORM } from '../../../config';
import { DocumentCheckIn } from './DocumentCheckIn';
import { HeadcountDialog } from './HeadcountDialog';
import { OutcomePanel } from './OutcomePanel';
import { type CheckInOutcome, checkInByDocument, checkInTicket, type GroupAtDoor, groupOfTicket } from './outcome';
import './checkin.css';

export function CheckInDesk() {
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);
  const [pending, setPending] = useState(false);
  const [pasted, setPasted] = useState('');
  const [group, setGroup] = useState<{ token: string; group: GroupAtDoor } | null>(null);
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

  function run(action: () => Promise<CheckInOutcome>): Promise<CheckInOutcome | null> {
    return exclusive(async () => {
      const next = await action();
      setOutcome(next);
      // A refusal must not pass unnoticed in a noisy hall. Both are niceties: a device without them is fine.
      const ignore = () => undefined;
      if (PLATFORM === 'weapp') Taro.vibrateShort({ type: next.kind === 'admitted' ? 'light' : 'heavy' }).catch(ignore);
      Taro.pageScrollTo({ scrollTop: 0, duration: 200 })?.catch(ignore);
      return next;
    });
  }

  async function handleToken(raw: string) {
    const token = raw.trim();
    if (!token) return;
    setOutcome(null);
    const leader = await exclusive(() => groupOfTicket(token));
    if (leader) setGroup({ token, group: leader });
    else await run(() => checkInTicket(token, null));
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
          <Notice tone="warning">
            <Text>浏览器中无法调用扫码。请使用扫码枪，或粘贴电子票二维码的内容。</Text>
          </Notice>
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

      {outcome ? <OutcomePanel outcome={outcome} onDismiss={() => setOutcome(null)} /> : null}

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
