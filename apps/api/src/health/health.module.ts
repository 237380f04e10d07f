import { Public } from '@tenant-iam/identity';
import { QueueHealthIndicator } from '@tenant-iam/notifications';
import { Controller, Get, Module } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';

@ApiTags('operations')
@Public()
@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get('live')
  @ApiOkResponse({ description: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and the queue answer. */
  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'Database and queue are reachable' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down' })
  ready() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), () => this.queue.isHealthy('queue')]);
  }
}

/** `GET /health/live` and `GET /health/ready` (database, queue). */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', logger: false })],
  controllers: [HealthController],
})
export class HealthModule {}
