// Names of people: visitors, group leaders and the display names of accounts. Trimmed, bounded, and free
// of control characters and broken Unicode, which would reach tickets, rosters and notifications.
import { firstMessage } from '../validation/field-errors';
import { textModel } from '../validation/text';

export const NAME_MAX_LENGTH = 30;
export const DISPLAY_NAME_MAX_LENGTH = 20;

/** A person's name as on their document: visitors and group leaders. */
export const personNameModel = textModel({
  max: NAME_MAX_LENGTH,
  required: '请填写姓名',
  tooLong: `姓名不能超过${NAME_MAX_LENGTH}个字`,
  invalid: '姓名含有无法识别的字符，请删除后重试',
});

/** The name an account shows (the development sign-in asks for one). */
export const displayNameModel = textModel({
  max: DISPLAY_NAME_MAX_LENGTH,
  required: `请填写1–${DISPLAY_NAME_MAX_LENGTH}个字的昵称`,
  tooLong: `请填写1–${DISPLAY_NAME_MAX_LENGTH}个字的昵称`,
  invalid: '昵称含有无法识别的字符，请删除后重试',
});

/** The form's message for a name, or null when it is acceptable. */
export function nameMessage(raw: string): string | null {
  return firstMessage(personNameModel, raw);
}
