/**
 * DEMO DATA, kept in code on purpose: the example shows the permission extension points, not
 * storage. A real module keeps orders in its own table with a `tenant_id` and a `company_id`
 * (composite keys, as in tenancy) and lists them with `accessibleSql`; this list is the same for
 * every tenant and nothing written to it is kept.
 */

/** The client companies the demo orders belong to (fixed ids, so a test can create them). */
export const DEMO_COMPANY_IDS = {
  northwind: '0193a000-0000-7000-8000-00000000a001',
  contoso: '0193a000-0000-7000-8000-00000000a002',
  fabrikam: '0193a000-0000-7000-8000-00000000a003',
} as const;

/** The states of a demo order. */
export type DemoOrderStatus = 'open' | 'paid' | 'cancelled';

/** One demo order. An index signature, so it can be tagged with `subjectOf('Order', order)`. */
export interface DemoOrder extends Record<string, unknown> {
  id: string;
  number: string;
  companyId: string;
  status: DemoOrderStatus;
  /** In minor units (grosze, cents). */
  total: number;
  currency: string;
}

const ORDERS: readonly DemoOrder[] = [
  {
    id: '0193a000-0000-7000-8000-0000000b0001',
    number: 'MP-1001',
    companyId: DEMO_COMPANY_IDS.northwind,
    status: 'open',
    total: 12_900,
    currency: 'PLN',
  },
  {
    id: '0193a000-0000-7000-8000-0000000b0002',
    number: 'MP-1002',
    companyId: DEMO_COMPANY_IDS.northwind,
    status: 'cancelled',
    total: 4_500,
    currency: 'PLN',
  },
  {
    id: '0193a000-0000-7000-8000-0000000b0003',
    number: 'MP-1003',
    companyId: DEMO_COMPANY_IDS.contoso,
    status: 'paid',
    total: 99_000,
    currency: 'EUR',
  },
  {
    id: '0193a000-0000-7000-8000-0000000b0004',
    number: 'MP-1004',
    companyId: DEMO_COMPANY_IDS.fabrikam,
    status: 'open',
    total: 1_250,
    currency: 'PLN',
  },
];

/**
 * Fresh copies of the demo orders: each request tags its own objects with their subject type
 * (`subjectOf` marks the object it is given), and a cancellation never changes the list.
 */
export const demoOrders = (): DemoOrder[] => ORDERS.map((order) => ({ ...order }));
