import { SecretBox } from '@tenant-iam/common';
import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';

/** Seals template data at rest (it holds link tokens) and opens it for rendering. */
@Injectable()
export class OutboxPayloadCipher {
  private readonly box: SecretBox;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) options: ResolvedNotificationsOptions) {
    // A distinct purpose string, so the same app secret seals nothing else into this format.
    this.box = new SecretBox(`notifications.outbox:${options.secret}`);
  }

  seal(data: Record<string, unknown>): string {
    return this.box.seal(JSON.stringify(data));
  }

  /** @throws Error when the payload was sealed with another secret or tampered with. */
  open(sealed: string): Record<string, unknown> {
    return JSON.parse(this.box.open(sealed)) as Record<string, unknown>;
  }
}
