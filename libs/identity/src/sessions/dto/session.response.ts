import { ApiProperty } from '@nestjs/swagger';

/** What login and refresh return. */
export class TokenPairResponse {
  @ApiProperty({
    description: 'Access JWT (ES256, `kid` in the header; keys at `/.well-known/jwks.json`), send as `Authorization: Bearer`',
  })
  accessToken: string;

  @ApiProperty({ description: 'Opaque refresh token; single use, rotated by /auth/refresh' })
  refreshToken: string;

  @ApiProperty({ description: 'Access token lifetime in seconds', example: 600 })
  expiresIn: number;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ format: 'uuid' })
  sessionId: string;
}

/** One of the caller's active sessions. */
export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The session this request is made with' }) current: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
}

/** `GET /me/sessions`. */
export class SessionListResponse {
  @ApiProperty({ type: [SessionResponse] }) items: SessionResponse[];
}
