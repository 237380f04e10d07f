import { BUILT_IN_PLANS, parsePlans, planOf } from './plans';

describe('parsePlans', () => {
  it('reads the documented shape, with quotas defaulting to {}', () => {
    expect(parsePlans({ default: 'basic', plans: { basic: { seats: 5, quotas: { search: 1000 } }, pro: { seats: 50 } } })).toEqual({
      default: 'basic',
      plans: { basic: { seats: 5, quotas: { search: 1000 } }, pro: { seats: 50, quotas: {} } },
    });
    expect(parsePlans(BUILT_IN_PLANS)).toEqual({ default: 'basic', plans: { basic: { seats: 10, quotas: {} } } });
  });

  it('returns a copy, not the given objects', () => {
    const given = { default: 'basic', plans: { basic: { seats: 5, quotas: { search: 1 } } } };
    const parsed = parsePlans(given);
    parsed.plans.basic.quotas.search = 99;
    expect(given.plans.basic.quotas.search).toBe(1);
  });

  it.each<[unknown, string]>([
    [null, 'the plans document must be a JSON object'],
    [[], 'the plans document must be a JSON object'],
    [{ default: 'basic', plans: { basic: { seats: 1 } }, extra: 1 }, '"extra" is not a field of the plans document'],
    [{ plans: { basic: { seats: 1 } } }, 'default must be a plan name'],
    [{ default: 'basic' }, 'plans must be an object of plans by name'],
    [{ default: 'basic', plans: {} }, 'plans must hold at least one plan'],
    [{ default: 'basic', plans: { basic: 5 } }, 'plans.basic must be an object'],
    [{ default: 'basic', plans: { basic: {} } }, 'plans.basic.seats must be a positive integer'],
    [{ default: 'basic', plans: { basic: { seats: 0 } } }, 'plans.basic.seats must be a positive integer'],
    [{ default: 'basic', plans: { basic: { seats: 2.5 } } }, 'plans.basic.seats must be a positive integer'],
    [{ default: 'basic', plans: { basic: { seats: '5' } } }, 'plans.basic.seats must be a positive integer'],
    [{ default: 'basic', plans: { basic: { seats: 5, price: 9 } } }, 'plans.basic: "price" is not a plan field'],
    [{ default: 'basic', plans: { basic: { seats: 5, quotas: [] } } }, 'plans.basic.quotas must be an object'],
    [
      { default: 'basic', plans: { basic: { seats: 5, quotas: { search: -1 } } } },
      'plans.basic.quotas.search must be a non-negative integer',
    ],
    [{ default: 'basic', plans: { basic: { seats: 5, quotas: { 'a.b': 1 } } } }, 'plans.basic.quotas: "a.b" is not a quota name'],
    [{ default: 'basic', plans: { 'my plan': { seats: 5 } } }, 'plans: "my plan" is not a plan name'],
    [{ default: 'gold', plans: { basic: { seats: 5 } } }, 'default names no plan'],
    [{ default: 'toString', plans: { basic: { seats: 5 } } }, 'default names no plan'],
  ])('refuses %j: %s', (json, message) => {
    expect(() => parsePlans(json)).toThrow(message);
  });

  it('never quotes values, and cuts long names short', () => {
    expect(() => parsePlans({ default: 'basic', plans: { basic: { seats: 'sekret-1234' } } })).toThrow(
      /^plans\.basic\.seats must be a positive integer$/,
    );
    const long = 'x'.repeat(500);
    let message = '';
    try {
      parsePlans({ default: 'basic', plans: { [long]: { seats: 1 } } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.length).toBeLessThan(120);
    expect(message).toContain('x'.repeat(40) + '…');
  });
});

describe('planOf', () => {
  const plans = parsePlans({ default: 'basic', plans: { basic: { seats: 5 }, pro: { seats: 50, quotas: { search: 10 } } } });

  it('finds a plan by name', () => {
    expect(planOf(plans, 'pro')).toEqual({ seats: 50, quotas: { search: 10 } });
  });

  it('falls back to the default plan for a name the plans no longer hold, or none', () => {
    expect(planOf(plans, 'gold')).toEqual({ seats: 5, quotas: {} });
    expect(planOf(plans, null)).toEqual({ seats: 5, quotas: {} });
    expect(planOf(plans, '')).toEqual({ seats: 5, quotas: {} });
    expect(planOf(plans, 'constructor')).toEqual({ seats: 5, quotas: {} });
  });
});
