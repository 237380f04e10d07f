import { ManualClock, SystemClock } from './clock';

describe('ManualClock', () => {
  const start = new Date('2025-01-01T00:00:00.000Z');

  it('stands still until told to move', () => {
    const clock = new ManualClock(start);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(clock.now().getTime()).toBe(clock.now().getTime());
  });

  it('advances by milliseconds, cumulatively', () => {
    const clock = new ManualClock(start);
    clock.advance(1_500);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:01.500Z');
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2025-01-02T00:00:01.500Z');
  });

  it('jumps to an instant with set, forwards or backwards', () => {
    const clock = new ManualClock(start);
    clock.set(new Date('2030-06-15T12:00:00.000Z'));
    expect(clock.now().toISOString()).toBe('2030-06-15T12:00:00.000Z');
    clock.set(new Date('2020-01-01T00:00:00.000Z'));
    expect(clock.now().toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('hands out copies, so a caller cannot move time by mutating a Date', () => {
    const clock = new ManualClock(start);
    clock.now().setFullYear(1999);
    const outer = new Date(start);
    const other = new ManualClock(outer);
    outer.setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(other.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('SystemClock', () => {
  it('reads the wall clock', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
