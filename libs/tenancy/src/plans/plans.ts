/** What a tenant's plan allows. */
export interface Plan {
  /** Memberships a tenant may hold (the owner, active and blocked members, pending invitations). */
  seats: number;
  /** Limits by quota name (`search: 1000`); a quota the plan does not name is not limited by it. */
  quotas: Record<string, number>;
}

/** The plans a deployment offers (the host's plans file) and the one a new tenant gets. */
export interface TenancyPlans {
  /** The plan of a new tenant, and of one whose stored plan no longer exists. */
  default: string;
  /** Plans by name; the name is what `tenants.plan` stores. */
  plans: Record<string, Plan>;
}

/** One plan, `basic`, with 10 seats and no quotas: what a host without a plans file offers. */
export const BUILT_IN_PLANS: Readonly<TenancyPlans> = Object.freeze({
  default: 'basic',
  plans: Object.freeze({ basic: Object.freeze({ seats: 10, quotas: Object.freeze({}) }) }),
});

// Plan and quota names: stored in the database and named in paths, so short and plain.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A name from the file, quoted and cut short: the message names the place, it does not dump the file.
function quote(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
}

function isCount(value: unknown, min: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min;
}

/**
 * Checks the plans document (the parsed JSON of the host's plans file) and returns it as typed,
 * with `quotas` defaulting to `{}`:
 * `{ "default": "basic", "plans": { "basic": { "seats": 5, "quotas": { "search": 1000 } } } }`.
 *
 * @throws Error whose message names the place in the document and never quotes a value:
 *   `plans.basic.seats must be a positive integer`, `default names no plan`.
 */
export function parsePlans(json: unknown): TenancyPlans {
  if (!isPlainObject(json)) throw new Error('the plans document must be a JSON object');
  for (const key of Object.keys(json)) {
    if (key !== 'default' && key !== 'plans') throw new Error(`${quote(key)} is not a field of the plans document (default, plans)`);
  }
  if (typeof json.default !== 'string') throw new Error('default must be a plan name (a string)');
  if (!isPlainObject(json.plans)) throw new Error('plans must be an object of plans by name');
  const names = Object.keys(json.plans);
  if (!names.length) throw new Error('plans must hold at least one plan');
  const plans: Record<string, Plan> = {};
  for (const name of names) {
    if (!NAME.test(name)) throw new Error(`plans: ${quote(name)} is not a plan name (letters, digits, _ and -, at most 64)`);
    const path = `plans.${name}`;
    const given = json.plans[name];
    if (!isPlainObject(given)) throw new Error(`${path} must be an object`);
    for (const key of Object.keys(given)) {
      if (key !== 'seats' && key !== 'quotas') throw new Error(`${path}: ${quote(key)} is not a plan field (seats, quotas)`);
    }
    if (!isCount(given.seats, 1)) throw new Error(`${path}.seats must be a positive integer`);
    const quotas: Record<string, number> = {};
    if (given.quotas !== undefined) {
      if (!isPlainObject(given.quotas)) throw new Error(`${path}.quotas must be an object of limits by quota name`);
      for (const [quota, limit] of Object.entries(given.quotas)) {
        if (!NAME.test(quota))
          throw new Error(`${path}.quotas: ${quote(quota)} is not a quota name (letters, digits, _ and -, at most 64)`);
        if (!isCount(limit, 0)) throw new Error(`${path}.quotas.${quota} must be a non-negative integer`);
        quotas[quota] = limit;
      }
    }
    plans[name] = { seats: given.seats, quotas };
  }
  if (!Object.prototype.hasOwnProperty.call(plans, json.default)) throw new Error('default names no plan');
  return { default: json.default, plans };
}

/**
 * The plan called `name`; the default plan when `name` is empty or names no plan (a tenant whose
 * plan was removed from the file keeps working on the default one).
 */
export function planOf(plans: TenancyPlans, name: string | null | undefined): Plan {
  const known = name && Object.prototype.hasOwnProperty.call(plans.plans, name);
  return known ? plans.plans[name] : plans.plans[plans.default];
}
