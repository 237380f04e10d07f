import { Public } from '@tenant-iam/identity';
import { QueueHealthIndicator } from '@tenant-iam/notifications';
import { Controller, Get, Module } from '@nestjs/common';
import { ApiProblems, CommonErrorCode } from '@tenant-iam/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ operationId: 'checkLiveness', summary: 'Liveness: the process answers' })
  @ApiOkResponse({
    description: 'The process is up',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and the queue answer. */
  @Get('ready')
  // Terminus documents its 503 as its own JSON, but it throws an HttpException, which the
  // app-wide problem filter renders as problem+json: so the documentation is ours.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ operationId: 'checkReadiness', summary: 'Readiness: the database and the queue answer' })
  @ApiOkResponse({
    description: 'Database and queue are reachable',
    schema: {
      type: 'object',
      required: ['status'],
      properties: {
        status: { type: 'string', enum: ['ok'] },
        info: { type: 'object', additionalProperties: true, example: { database: { status: 'up' }, queue: { status: 'up' } } },
        error: { type: 'object', additionalProperties: true, example: {} },
        details: { type: 'object', additionalProperties: true },
      },
    },
  })
  @ApiProblems({ 503: [CommonErrorCode.ServiceUnavailable] })
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
