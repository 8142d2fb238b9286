// 特殊放行 on a refusal by the entry window: a manager (not a checker) admits the party anyway, saying why. The
// reason is checked with the shared model before sending; the server checks it again and keeps it in the log.
import { Text, View } from '@tarojs/components';
import { OVERRIDE_REASON_MAX_LENGTH, overrideReasonModel } from '@zz/shared/visits/staff-models';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/form/TextField';

export function OverrideForm({ onConfirm }: { onConfirm: (reason: string) => Promise<string | null> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (!open) {
    return (
      <Button variant="secondary" block className="checkin-override__open" onClick={() => setOpen(true)}>
        特殊放行
      </Button>
    );
  }
  const checked = overrideReasonModel.safeParse(reason);
  // Empty is not an error yet: the confirm button stays disabled until there is a reason.
  const error = serverError ?? (!checked.success && reason.trim() ? checked.error.issues[0]?.message : null);

  async function confirm() {
    if (!checked.success || pending) return;
    setPending(true);
    try {
      setServerError(await onConfirm(checked.data));
    } finally {
      setPending(false);
    }
  }

  return (
    <View className="checkin-override" data-testid="checkin-override">
      <Text className="checkin-outcome__detail">特殊放行将记入审计日志，请填写原因（不要填写访客姓名或证件号）。</Text>
      <TextField
        label="放行原因"
        value={reason}
        maxlength={OVERRIDE_REASON_MAX_LENGTH}
        placeholder="如：航班延误、预约时间填错"
        onChange={(value) => {
          setReason(value);
          setServerError(null);
        }}
        error={error}
        className="checkin-override__reason"
      />
      <Button
        block
        loading={pending}
        disabled={!checked.success}
        className="checkin-override__confirm"
        onClick={() => void confirm()}
      >
        确认放行
      </Button>
    </View>
  );
}
