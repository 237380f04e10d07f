import { Can } from '@tenant-iam/permissions';
import { CurrentTenant, TenantContext } from '@tenant-iam/tenancy';
import { Controller, Get } from '@nestjs/common';

/**
 * A product module's route inside an organisation. `@Can` resolves `:tenantId` (a stranger or an
 * unknown tenant gets the same 404), the caller's membership and ability, then checks the action;
 * the subject comes from this app's own catalogue entry (see AppModule).
 */
@Controller('tenants/:tenantId/projects')
export class ProjectsController {
  @Get()
  @Can('read', 'Project')
  list(@CurrentTenant() tenant: TenantContext): { tenantId: string; role: string | undefined; items: string[] } {
    return { tenantId: tenant.tenantId, role: tenant.membership?.role, items: [] };
  }
}
