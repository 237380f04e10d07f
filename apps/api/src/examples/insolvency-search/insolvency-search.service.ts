import { Injectable } from '@nestjs/common';
import type { InsolvencySearchResponse } from './dto/insolvency-search.dto';
import { DEMO_INSOLVENCIES } from './insolvency-search.demo-data';

/**
 * The search itself (demo: an in-memory list). By the time it runs, `@Can` has checked the caller
 * (a member or the organisation's API key) and `@Metered` has taken one unit from the pool.
 */
@Injectable()
export class InsolvencySearchService {
  /** Entries whose debtor name contains `q` (any case) or whose tax number starts with its digits. */
  search(q: string): InsolvencySearchResponse {
    const needle = q.trim().toLocaleLowerCase();
    const digits = needle.replace(/[\s-]/g, '');
    const items = DEMO_INSOLVENCIES.filter(
      (e) => e.debtorName.toLocaleLowerCase().includes(needle) || (/^\d+$/.test(digits) && e.taxId.startsWith(digits)),
    ).sort((a, b) => a.debtorName.localeCompare(b.debtorName) || a.id.localeCompare(b.id));
    return { items: items.map((e) => ({ ...e })) };
  }
}
