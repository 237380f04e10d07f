import { Clock } from '@tenant-iam/common';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { NotificationsJob } from '../notifications.constants';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { NotificationsFeature } from '../templates/notifications-feature';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { JobHandlerFunction, QueueDriver } from './queue-driver';

/** A `@JobHandler` method found at boot. */
export interface DiscoveredJobHandler {
  /** The job name. */
  job: string;
  /** `ClassName.method`, for error messages. */
  owner: string;
  handler: JobHandlerFunction;
}

/**
 * Pairs declared job names with discovered handlers.
 * @throws Error listing every job with two or more handlers and every declared job with none.
 */
export function resolveJobHandlers(
  declared: Iterable<string>,
  discovered: readonly DiscoveredJobHandler[],
): Map<string, DiscoveredJobHandler> {
  const byJob = new Map<string, DiscoveredJobHandler[]>();
  for (const handler of discovered) byJob.set(handler.job, [...(byJob.get(handler.job) ?? []), handler]);
  const problems: string[] = [];
  for (const [job, handlers] of byJob) {
    if (handlers.length > 1) {
      problems.push(`job "${job}" has ${handlers.length} handlers (${handlers.map((h) => h.owner).join(', ')})`);
    }
  }
  for (const job of new Set(declared)) {
    if (!byJob.has(job)) problems.push(`job "${job}" has no @JobHandler`);
  }
  if (problems.length) throw new Error(`Queue: invalid job handlers: ${problems.join('; ')}`);
  return new Map([...byJob].map(([job, handlers]) => [job, handlers[0]]));
}

/**
 * Finds every `@JobHandler` method at module init and registers it on the {@link QueueDriver},
 * then schedules the relay's poll (`pollIntervalMs`) and every sweep (`sweepInterval`); starts
 * consuming (and so scheduling) at bootstrap when this process runs workers, and drains before
 * shutdown.
 */
@Injectable()
export class JobHandlerExplorer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobHandlerExplorer');

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly driver: QueueDriver,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions,
  ) {}

  onModuleInit(): void {
    const sweeps = this.sweeps();
    const handlers = resolveJobHandlers([...this.declaredJobs(), ...sweeps], this.discoverHandlers());
    for (const [job, { handler }] of handlers) this.driver.register(job, handler);
    this.logger.log(`Registered job handlers: ${[...handlers.keys()].sort().join(', ')}`);
    // The poll is the safety net behind Outbox.flush() (due retries, rows of processes that
    // died): wall time, so it keeps polling whatever a test does with the app's clock.
    this.driver.schedule(NotificationsJob.Relay, this.options.pollIntervalMs);
    // Sweeps tick in the app's clock: every process derives the same tick, hence the same job id,
    // and a test moves the ticks with its clock.
    const now = () => this.clock.now().getTime();
    const every = this.options.sweepInterval;
    if (every !== null) for (const sweep of sweeps) this.driver.schedule(sweep, every, { now });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.runWorkers) await this.driver.start();
  }

  // Before, not on, application shutdown: TypeORM closes its DataSource in onApplicationShutdown,
  // and running jobs still need it.
  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }

  private features(): NotificationsFeature[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is NotificationsFeature => instance instanceof NotificationsFeature);
  }

  private declaredJobs(): string[] {
    return [NotificationsJob.Relay, ...this.features().flatMap((feature) => feature.jobs)];
  }

  /** The sweep schedule's jobs: the outbox sweep and every feature's, each once. */
  private sweeps(): string[] {
    return [...new Set([NotificationsJob.SweepOutbox, ...this.features().flatMap((feature) => feature.sweeps)])];
  }

  private discoverHandlers(): DiscoveredJobHandler[] {
    const seen = new Set<object>();
    const found: DiscoveredJobHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      // Aliases (useExisting) and values registered under two tokens point at one instance.
      if (!instance || typeof instance !== 'object' || wrapper.isAlias || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance);
      if (!prototype) continue;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const job = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, prototype[method]);
        if (!job) continue;
        const fn = (instance as Record<string, (...args: unknown[]) => unknown>)[method];
        found.push({
          job,
          owner: `${instance.constructor?.name ?? 'anonymous'}.${method}`,
          handler: (data, info) => fn.call(instance, data, info),
        });
      }
    }
    return found;
  }
}
