import { HttpStatus, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { subjectOf } from '@tenant-iam/permissions';
import type { TenantContext } from '@tenant-iam/tenancy';
import type { CashRegisterDto, CashRegisterResponse, OrderResponse } from './dto/marketplace.dto';
import { MarketplaceSubject } from './marketplace.catalog';
import { demoOrders } from './marketplace.demo-data';

/**
 * The marketplace's rules (demo). `@Can` on the route has already checked the action on the
 * subject *type*; here each row is checked with its fields (`subjectOf`), so a client's company
 * scope and a set's conditions (`status`, `companyId`, inverted rules) decide per order.
 */
@Injectable()
export class MarketplaceService {
  /** The orders the caller may read. A real module filters in SQL with `accessibleSql`. */
  listOrders(tenant: TenantContext): OrderResponse[] {
    return demoOrders().filter((order) => tenant.ability.can('read', subjectOf(MarketplaceSubject.Order, order))) as OrderResponse[];
  }

  /**
   * Cancels an order (demo: answers the cancelled order, keeps nothing). An order the caller may
   * not read is not found, like one that does not exist.
   *
   * @throws 404 `NOT_FOUND`; 403 `FORBIDDEN` when the caller may read this order but not cancel it.
   */
  cancelOrder(tenant: TenantContext, orderId: string): OrderResponse {
    const found = demoOrders().find((o) => o.id === orderId);
    const order = found && subjectOf(MarketplaceSubject.Order, found);
    if (!order || !tenant.ability.can('read', order)) throw new CodedException(HttpStatus.NOT_FOUND, CommonErrorCode.NotFound);
    if (!tenant.ability.can('cancel', order)) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    return { ...(order as OrderResponse), status: 'cancelled' };
  }

  /** Configures the cash register (demo: answers the settings, keeps nothing). */
  configureCashRegister(_tenant: TenantContext, dto: CashRegisterDto): CashRegisterResponse {
    return { currency: dto.currency, receiptFooter: dto.receiptFooter ?? null };
  }
}
