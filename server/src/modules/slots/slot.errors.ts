// Expected failures of slot plans and capacity changes.
export class CapacityBelowBookedError extends Error {
  constructor(
    readonly taken: number,
    readonly limit: 'CAPACITY' | 'GROUP_QUOTA',
  ) {
    super(limit === 'CAPACITY' ? `容量不能低于已预约的${taken}人` : `团体名额不能低于已预约的${taken}人`);
    this.name = 'CapacityBelowBookedError';
  }
}
