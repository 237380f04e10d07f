import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The organisation's API key, as members allowed to read it see it. */
export class ApiKeyResponse {
  @ApiProperty({ example: 'tiam_3kTq9Zb0Yc2mN8xW4vR7pL1sH6dF5gJ0aE9uQ2iO7yT', description: 'Send it as `X-Api-Key`' }) key: string;
  @ApiProperty({ example: 'tiam_3kTq9Zb0', description: 'The start of the key, to tell keys apart' }) prefix: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When this key replaced the previous one' }) rotatedAt?: string;
}
