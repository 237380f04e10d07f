import { AuthUser, CurrentUser } from '@tenant-iam/identity';
import { Controller, Get } from '@nestjs/common';

/**
 * The host's own route. `JwtAuthGuard` is the app-wide guard (see AppModule), so it needs a session
 * like every route not marked `@Public()`; without one the answer is a 401 problem.
 */
@Controller('hello')
export class HelloController {
  @Get()
  hello(@CurrentUser() user: AuthUser): { userId: string } {
    return { userId: user.userId };
  }
}
