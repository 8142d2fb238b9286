import { DomainError } from '../../errors';

export class GroupRuleError extends DomainError {
  constructor(
    readonly rule: 'SIZE' | 'ADULT_RATIO' | 'ROSTER_LOCKED' | 'NOT_PENDING',
    message: string,
  ) {
    super(message);
  }
}

export class GroupQuotaFullError extends DomainError {
  constructor(readonly remaining: number) {
    super(remaining > 0 ? `该场次团体名额仅剩${remaining}人` : '该场次团体名额已满');
  }
}
