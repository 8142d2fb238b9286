// Expected failures of slot plans and capacity changes.
export class CapacityBelowBookedError extends Error {
  constructor(readonly taken: number) {
    super(`容量不能低于已预约的${taken}人`);
    this.name = 'CapacityBelowBookedError';
  }
}
