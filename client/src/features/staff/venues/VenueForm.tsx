// The form of one venue: address, phone, GCJ-02 coordinates, the week's hours with a lunch break and closed days,
// and the directions, checked with the shared venue model that saveVenue parses again; each message, the
// server's too, stands beside its field.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { VENUE_LIMITS, type VenueFormInput, venueFormModel } from '@zz/shared/archives/venue';
import { fieldErrorsOf } from '@zz/shared/validation/field-errors';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { Section } from '../../../components/Section';
import { describeFailure } from '../../../graphql/client';
import { isSuccessResult, messagesByPath } from '../../../graphql/errors';
import { useMutation } from '../../../graphql/use-mutation';
import { StaffSaveVenueDocument, type StaffVenueFieldsFragment } from '../graphql';
import { venueErrorMessage } from './messages';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const CHECK_MARKED = '请按提示修改标红的项目';

interface Values {
  address: string;
  phone: string;
  latitude: string;
  longitude: string;
  days: { closed: boolean; open: string; close: string }[];
  lunchStart: string;
  lunchEnd: string;
  hoursNotes: string;
  transport: string;
  entrance: string;
  accessibility: string;
}

function valuesOf(venue: StaffVenueFieldsFragment | null | undefined): Values {
  return {
    address: venue?.address ?? '',
    phone: venue?.phone ?? '',
    latitude: venue?.latitude == null ? '' : String(venue.latitude),
    longitude: venue?.longitude == null ? '' : String(venue.longitude),
    days: venue
      ? // A closed day keeps a usual day's times ready for when it is switched on.
        venue.days.map((d) => ({ closed: !d.open, open: d.open ?? '09:00', close: d.close ?? '17:00' }))
      : WEEKDAYS.map((_, i) => ({ closed: i === 0, open: '09:00', close: '17:00' })),
    lunchStart: venue?.lunchStart ?? '',
    lunchEnd: venue?.lunchEnd ?? '',
    hoursNotes: venue?.hoursNotes ?? '',
    transport: venue?.transport ?? '',
    entrance: venue?.entrance ?? '',
    accessibility: venue?.accessibility ?? '',
  };
}

/** '' is no coordinate; anything else a number (NaN is refused by the model as 坐标应为数字). */
const coordinate = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

function inputOf(v: Values): VenueFormInput {
  return {
    address: v.address,
    phone: v.phone,
    latitude: coordinate(v.latitude),
    longitude: coordinate(v.longitude),
    hours: {
      days: v.days.map((d) => ({ closed: d.closed, open: d.closed ? null : d.open, close: d.closed ? null : d.close })),
      lunchStart: v.lunchStart || null,
      lunchEnd: v.lunchEnd || null,
      notes: v.hoursNotes,
    },
    transport: v.transport,
    entrance: v.entrance,
    accessibility: v.accessibility,
  };
}

export function VenueForm({
  owner,
  initial,
  onSaved,
}: {
  owner: { branchId: string } | { exhibitionId: string };
  /** The values to start from: the saved venue, or the archive's when an exhibition gets its own. */
  initial: StaffVenueFieldsFragment | null;
  onSaved: () => void;
}) {
  const [values, setValues] = useState(() => valuesOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation(StaffSaveVenueDocument);
  const set = (key: keyof Omit<Values, 'days'>) => (value: string) => setValues((c) => ({ ...c, [key]: value }));
  const setDay = (i: number, change: Partial<Values['days'][number]>) =>
    setValues((c) => ({ ...c, days: c.days.map((d, j) => (j === i ? { ...d, ...change } : d)) }));
  const error = (path: string) => errors[`venue.${path}`];

  async function save() {
    const input = inputOf(values);
    const checked = venueFormModel.safeParse(input);
    setErrors(checked.success ? {} : messagesByPath(fieldErrorsOf(checked.error, 'venue')));
    setFailure(null);
    if (!checked.success) return setFailure(CHECK_MARKED);
    const result = await mutation.run({ ...owner, venue: input });
    if (!result.ok) return setFailure(describeFailure(result.failure));
    const answer = result.data.saveVenue;
    if (isSuccessResult(answer)) {
      void Taro.showToast({ title: '场馆信息已保存', icon: 'success' });
      onSaved();
      return;
    }
    if (answer.__typename === 'InputValidationError') setErrors(messagesByPath(answer.fieldErrors));
    setFailure(venueErrorMessage(answer));
  }

  return (
    <View className="staff-form venue-form" data-testid="venue-form">
      <TextField
        label="地址"
        required
        value={values.address}
        maxlength={VENUE_LIMITS.address}
        onChange={set('address')}
        error={error('address')}
        className="venue-form__address"
      />
      <TextField
        label="咨询电话"
        value={values.phone}
        maxlength={VENUE_LIMITS.phone}
        onChange={set('phone')}
        error={error('phone')}
        hint="如 0596-1234567，分机写“转 8001”"
        className="venue-form__phone"
      />
      <TextField
        label="纬度"
        value={values.latitude}
        maxlength={12}
        onChange={set('latitude')}
        error={error('latitude')}
        hint="GCJ-02（高德、腾讯地图的坐标），如 24.5106；不填则不显示导航"
        className="venue-form__latitude"
      />
      <TextField
        label="经度"
        value={values.longitude}
        maxlength={12}
        onChange={set('longitude')}
        error={error('longitude')}
        hint="如 117.6518"
        className="venue-form__longitude"
      />

      <Section title="开放时间">
        {values.days.map((day, i) => (
          <View key={WEEKDAYS[i]} className={`venue-form__day venue-form__day--${i + 1}`} data-testid="venue-form-day">
            <SwitchField
              label={WEEKDAYS[i]}
              hint={day.closed ? '闭馆' : '开放'}
              checked={!day.closed}
              onChange={(on) => setDay(i, { closed: !on })}
            />
            {day.closed ? null : (
              <View className="venue-form__times">
                <TextField
                  label="开门"
                  value={day.open}
                  maxlength={5}
                  onChange={(open) => setDay(i, { open })}
                  error={error(`hours.days.${i}.open`)}
                  className="venue-form__open"
                />
                <TextField
                  label="闭馆"
                  value={day.close}
                  maxlength={5}
                  onChange={(close) => setDay(i, { close })}
                  error={error(`hours.days.${i}.close`)}
                  className="venue-form__close"
                />
              </View>
            )}
          </View>
        ))}
        <View className="venue-form__times">
          <TextField
            label="午休开始"
            value={values.lunchStart}
            maxlength={5}
            onChange={set('lunchStart')}
            error={error('hours.lunchStart')}
            hint="不午休则留空"
            className="venue-form__lunch-start"
          />
          <TextField
            label="午休结束"
            value={values.lunchEnd}
            maxlength={5}
            onChange={set('lunchEnd')}
            error={error('hours.lunchEnd')}
            className="venue-form__lunch-end"
          />
        </View>
        <TextAreaField
          label="开放说明"
          value={values.hoursNotes}
          maxlength={VENUE_LIMITS.hoursNotes}
          onChange={set('hoursNotes')}
          error={error('hours.notes')}
          hint="如 法定节假日闭馆、16:30停止入馆"
        />
      </Section>

      <Section title="到馆指引">
        <TextAreaField
          label="交通"
          value={values.transport}
          maxlength={VENUE_LIMITS.transport}
          onChange={set('transport')}
          error={error('transport')}
        />
        <TextAreaField
          label="入口"
          value={values.entrance}
          maxlength={VENUE_LIMITS.entrance}
          onChange={set('entrance')}
          error={error('entrance')}
        />
        <TextAreaField
          label="无障碍"
          value={values.accessibility}
          maxlength={VENUE_LIMITS.accessibility}
          onChange={set('accessibility')}
          error={error('accessibility')}
          hint="轮椅通道、电梯、停车"
        />
      </Section>

      {failure ? (
        <Text className="staff-form__error" data-testid="venue-form-failure">
          {failure}
        </Text>
      ) : null}
      <Button block loading={mutation.pending} onClick={() => void save()} className="venue-form__save">
        保存场馆信息
      </Button>
    </View>
  );
}
