// 添加到日历: the visit into the phone's calendar. On weapp WeChat's addPhoneCalendar adds it (with a reminder an
// hour before); on H5 the browser downloads an .ics file, which phones and desktop calendars import.
import Taro from '@tarojs/taro';
import { type VisitEvent, visitEventIcs } from '@zz/shared/visits/calendar-event';
import { Button } from '../../components/Button';

const IS_H5 = process.env.TARO_ENV === 'h5';
const REMIND_BEFORE_SECONDS = 60 * 60;

function downloadIcs(event: VisitEvent, fileName: string) {
  const blob = new Blob([visitEventIcs(event)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the object URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function addOnWeapp(event: VisitEvent) {
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: Math.floor(event.startAt / 1000),
      // WeChat takes seconds as a number here; Taro's typing says string by mistake.
      endTime: Math.floor(event.endAt / 1000) as unknown as string,
      location: event.location,
      description: event.description,
      alarm: true,
      alarmOffset: REMIND_BEFORE_SECONDS,
    });
    void Taro.showToast({ title: '已添加到日历', icon: 'success' });
  } catch {
    // A refusal (the citizen said no, or calendar access is off) is the citizen's choice: say so quietly.
    void Taro.showToast({ title: '未添加到日历', icon: 'none' });
  }
}

export function AddToCalendar({ event, fileName }: { event: Omit<VisitEvent, 'now'>; fileName: string }) {
  function add() {
    const full = { ...event, now: Date.now() };
    if (IS_H5) downloadIcs(full, fileName);
    else void addOnWeapp(full);
  }
  return (
    <Button block variant="secondary" onClick={add} className="booked__calendar">
      添加到日历
    </Button>
  );
}
