// A group leader's ticket: how many of the party are at the door (default: everyone not yet admitted).
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import type { GroupAtDoor } from './outcome';
import './checkin.css';

export function HeadcountDialog(props: {
  group: GroupAtDoor;
  pending: boolean;
  onConfirm: (headcount: number) => void;
  onCancel: () => void;
}) {
  const { group } = props;
  const [text, setText] = useState(String(group.remaining));
  const count = Number(text);
  const valid = Number.isInteger(count) && count >= 1 && count <= group.remaining;
  const set = (n: number) => setText(String(Math.min(Math.max(n, 1), group.remaining)));

  return (
    <Dialog
      title="团体入馆人数"
      confirmText={valid ? `入馆 ${count} 人` : '入馆'}
      confirmDisabled={!valid}
      pending={props.pending}
      onConfirm={() => props.onConfirm(count)}
      onCancel={props.onCancel}
      testId="headcount-dialog"
    >
      <Text className="headcount__org">{group.organization ?? '团体预约'}</Text>
      <Text className="headcount__info">
        本团共 {group.partySize} 人，已入馆 {group.checkedIn} 人，还可入馆 {group.remaining} 人。
      </Text>
      <View className="headcount__stepper">
        <View className="headcount__step" onClick={() => set((valid ? count : group.remaining) - 1)}>
          <Text>－</Text>
        </View>
        <Input
          className="zz-input headcount__input"
          type="number"
          value={text}
          onInput={(event) => setText(event.detail.value)}
        />
        <View className="headcount__step" onClick={() => set((valid ? count : 0) + 1)}>
          <Text>＋</Text>
        </View>
      </View>
      {!valid ? <Text className="zz-field__error">入馆人数应为 1–{group.remaining}</Text> : null}
    </Dialog>
  );
}
