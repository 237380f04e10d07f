import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth-user';
import { IDENTITY_OPTIONS } from '../identity.module-definition';
import { ResolvedIdentityOptions } from '../identity.options';
import { JwkSet } from './access-token-keys';

/**
 * `GET /.well-known/jwks.json`: the public keys of the access-token signer, so other services
 * verify access tokens without holding a secret. Hosts with a global prefix exclude this path.
 */
@ApiTags('auth')
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(IDENTITY_OPTIONS) private readonly options: ResolvedIdentityOptions) {}

  @Public()
  @Get('jwks.json')
  // Short enough that a newly added key reaches verifiers well within one access-token lifetime.
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ operationId: 'getJwks', summary: 'Public keys (JWK Set) that verify access tokens (ES256, by kid)' })
  @ApiOkResponse({ description: '`{ keys: [{ kty, crv, x, y, kid, alg, use }] }`' })
  jwks(): JwkSet {
    return this.options.accessTokenKeys.jwks();
  }
}
