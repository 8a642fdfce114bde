import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsHttpUrl, MaxEmailAddressLength } from '@inquiry-router/contracts';

/**
 * An agency's delivery settings, replaced as a whole — except the secret: omitted keeps the stored
 * one, null removes it. A webhook needs a secret (stored or given); every call is signed with it.
 */
export class AgencyDeliverySettingsRequest {
  @ApiPropertyOptional({
    nullable: true,
    example: 'https://api.skatteetaten.example/inquiries',
    description: 'http(s) URL; https in production; null or omitted: no webhook',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsHttpUrl()
  @MaxLength(2000)
  webhookUrl?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    writeOnly: true,
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description:
      'Standard Webhooks signing secret: whsec_ + base64 of 24-64 random bytes. Never shown again; omitted keeps the stored one, null removes it.',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, { message: 'webhookSecret must be whsec_ followed by the base64 of 24 to 64 bytes' })
  webhookSecret?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'brukerstotte@skatteetaten.example',
    description: 'support mailbox; null or omitted: no mailbox',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail({}, { message: 'mailbox must be an email address' })
  @MaxLength(MaxEmailAddressLength)
  mailbox?: string | null;

  @ApiProperty({ description: 'false: nothing is pushed; the agency reads forwarded inquiries through the agency API' })
  @IsBoolean()
  enabled: boolean;
}
