// Where and when to come, wherever citizens need it (exhibition page, ticket, 查档): the address opens the map
// (Taro.openLocation on weapp, an AMap link on H5), the phone calls (makePhoneCall, a tel: link on H5), the hours
// in words with whether it is open now, and the directions. Kept small: it ships in the main package.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  dialableNumber,
  type VenueHours,
  venueOpenStateAt,
  venueOpenStateText,
} from '@zz/shared/archives/venue-display';
import { type ReactNode, useState } from 'react';
import './venues.css';

/** What the pages select of a Venue (each package selects it in its own operations). */
export interface VenueView {
  address: string;
  phone?: string | null;
  /** GCJ-02, as openLocation and AMap take them. */
  latitude?: number | null;
  longitude?: number | null;
  days: ReadonlyArray<{ open?: string | null; close?: string | null }>;
  lunchStart?: string | null;
  lunchEnd?: string | null;
  hoursNotes?: string | null;
  hoursText: string;
  transport?: string | null;
  entrance?: string | null;
  accessibility?: string | null;
  isExample: boolean;
}

const IS_H5 = process.env.TARO_ENV === 'h5';

function hoursOf(v: VenueView): VenueHours {
  return {
    days: v.days.map((d) => (d.open && d.close ? { open: d.open, close: d.close } : null)),
    lunch: v.lunchStart && v.lunchEnd ? { start: v.lunchStart, end: v.lunchEnd } : null,
    notes: v.hoursNotes ?? null,
  };
}

/** A row that does something when tapped: an anchor on H5 (a real link), a pressable view on weapp. */
function Tap(props: { href: string; onTap: () => void; testId: string; blank?: boolean; children: ReactNode }) {
  if (IS_H5) {
    return (
      <a
        className={`venue__row venue__row--link venue__${props.testId}`}
        href={props.href}
        data-testid={props.testId}
        {...(props.blank ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {props.children}
      </a>
    );
  }
  return (
    <View
      className={`venue__row venue__row--link venue__${props.testId}`}
      hoverClass="venue__row--pressed"
      data-testid={props.testId}
      onClick={props.onTap}
    >
      {props.children}
    </View>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <View className="venue__row" data-testid={testId}>
      <Text className="venue__label">{label}</Text>
      <View className="venue__value">{children}</View>
    </View>
  );
}

/**
 * A venue's facts; `name` labels the map pin. `guide` shows the directions at once; otherwise they open on a tap
 * (the 查档 tab lists all 12 archives).
 */
export function VenueFacts({ venue: v, name, guide = true }: { venue: VenueView; name: string; guide?: boolean }) {
  const [open, setOpen] = useState(guide);
  const state = venueOpenStateAt(hoursOf(v), Date.now());
  const { latitude: lat, longitude: lng, phone } = v;
  const notes = [
    ['交通', v.transport],
    ['入口', v.entrance],
    ['无障碍', v.accessibility],
  ].filter((n): n is [string, string] => Boolean(n[1]));
  return (
    <View className="venue" data-testid="venue">
      {v.isExample ? <Text className="venue__example">示例信息，以档案馆公布为准</Text> : null}
      {lat != null && lng != null ? (
        <Tap
          testId="venue-map"
          blank
          href={`https://uri.amap.com/marker?position=${lng},${lat}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`}
          onTap={() => void Taro.openLocation({ latitude: lat, longitude: lng, name, address: v.address, scale: 16 })}
        >
          <Text className="venue__label">地址</Text>
          <Text className="venue__value venue__address" data-testid="venue-address">
            {v.address}
          </Text>
          <Text className="venue__action">导航</Text>
        </Tap>
      ) : (
        <Row label="地址" testId="venue-address">
          <Text>{v.address}</Text>
        </Row>
      )}
      <Row label="开放时间">
        <Text className="venue__hours" data-testid="venue-hours">
          {v.hoursText}
        </Text>
        <Text
          className={state.open ? 'venue__state venue__state--open' : 'venue__state'}
          data-testid="venue-open-state"
        >
          {venueOpenStateText(state)}
        </Text>
        {v.hoursNotes ? <Text className="venue__note">{v.hoursNotes}</Text> : null}
      </Row>
      {phone ? (
        <Tap
          testId="venue-phone"
          href={`tel:${dialableNumber(phone)}`}
          onTap={() => void Taro.makePhoneCall({ phoneNumber: dialableNumber(phone) })}
        >
          <Text className="venue__label">电话</Text>
          <Text className="venue__value">{phone}</Text>
          <Text className="venue__action">拨打</Text>
        </Tap>
      ) : null}
      {notes.length > 0 && !open ? (
        <View
          className="venue__row venue__row--link venue__guide-toggle"
          data-testid="venue-guide-toggle"
          onClick={() => setOpen(true)}
        >
          <Text className="venue__action">到馆指引（交通、入口、无障碍）›</Text>
        </View>
      ) : null}
      {open
        ? notes.map(([label, text]) => (
            <Row key={label} label={label}>
              <Text className="venue__note">{text}</Text>
            </Row>
          ))
        : null}
    </View>
  );
}
