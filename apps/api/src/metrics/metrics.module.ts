import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import { Public } from '@tenant-iam/identity';
import { Controller, Get, Header, Headers, HttpStatus, Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/environment';

/** The Prometheus registry of this app instance (one per app, so tests can create many). */
@Injectable()
export class MetricsRegistry extends Registry {}

@Injectable()
class HttpMetrics implements OnModuleInit {
  constructor(
    private readonly registry: MetricsRegistry,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry });
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    const fastify = this.adapterHost.httpAdapter?.getInstance?.();
    if (!fastify?.addHook) return;
    fastify.addHook('onResponse', (request: any, reply: any, done: () => void) => {
      // The route pattern, not the URL, keeps label cardinality bounded.
      const route = request.routeOptions?.url ?? 'unmatched';
      duration.observe({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
      done();
    });
  }
}

@ApiExcludeController()
@Public()
@Controller('metrics')
class MetricsController {
  constructor(
    @Inject(MetricsRegistry) private readonly registry: MetricsRegistry,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'metricsToken'>,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(@Headers('authorization') authorization?: string): Promise<string> {
    if (this.config.metricsToken && !bearerMatches(authorization, this.config.metricsToken)) {
      throw new CodedException(HttpStatus.UNAUTHORIZED, CommonErrorCode.Unauthorized);
    }
    return this.registry.metrics();
  }
}

/** Compares `Bearer <token>` in constant time (hashes first, so lengths do not leak either). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * `GET /metrics` in the Prometheus text format, with default process metrics and HTTP timings.
 * With `METRICS_TOKEN` set, the scraper must send `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise).
 */
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, HttpMetrics],
  exports: [MetricsRegistry],
})
export class MetricsModule {}
