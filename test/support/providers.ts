import { DiscoveryService } from '@nestjs/core';
import type { TestApp } from './create-test-app';

/**
 * A provider of the running app found by its class name, for service-level tests of classes a
 * lib keeps out of its public face (e.g. the identity lib's `AuthService`). `T` states the part
 * of it the test uses.
 * @throws Error when no provider, or more than one, has that name.
 */
export function providerByName<T>(t: TestApp, name: string): T {
  const found = t.app
    .get(DiscoveryService, { strict: false })
    .getProviders()
    .filter((wrapper) => wrapper.name === name && wrapper.instance);
  if (found.length !== 1) throw new Error(`providerByName: ${found.length} providers named ${name}`);
  return found[0].instance as T;
}

/** The part of the identity lib's `AuthService` that service-level tests call. */
export interface AuthServiceLike {
  login(email: string, password: string, client: { ip?: string; userAgent?: string }): Promise<{ accessToken: string }>;
}
