// Expected failures of notifications.
import { DomainError } from '../../errors';

/** Some of the messages named are not the viewer's (or do not exist); nothing was marked. */
export class MessagesNotFoundError extends DomainError {
  constructor(readonly ids: number[]) {
    super('部分消息不存在');
  }
}

/** A message staff asked about is not one of their archive's undelivered messages. */
export class UndeliveredMessageNotFoundError extends DomainError {
  constructor() {
    super('未找到该条未送达消息');
  }
}
