import { Body, Controller, Delete, Get, Inject, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsISO8601, Matches } from 'class-validator';
import { DomainError } from '@inquiry-router/contracts';
import { Clock, SettableClock } from './clock';

export class SetClockRequest {
  /** The instant the app's clock shows from now on, running on in real time. */
  @IsISO8601({ strict: true }, { message: 'at must be an ISO 8601 instant' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'at must carry its offset (Z or ±hh:mm), e.g. 2026-12-07T09:30:00+01:00' })
  at!: string;
}

export interface ClockReading {
  now: string;
  /** How far the app's clock is set from the real time (ms; 0 when it runs on real time). */
  offsetMs: number;
}

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Outside production only (ClockModule does not mount it in production): sets the app's clock, so
 * `npm run demo` and the browser tests can run the whole system as if it were a chosen day and hour
 * through the same settable clock `CLOCK_STARTS_AT` sets at start. Answers callers on this machine only.
 */
@ApiTags('development')
@Controller('development/clock')
export class DevelopmentClockController {
  constructor(@Inject(Clock) private readonly clock: SettableClock) {}

  @Get()
  read(@Req() req: Request): ClockReading {
    this.onlyFromThisMachine(req);
    return this.reading();
  }

  @Put()
  set(@Req() req: Request, @Body() body: SetClockRequest): ClockReading {
    this.onlyFromThisMachine(req);
    this.clock.set(new Date(body.at));
    return this.reading();
  }

  /** Back to real time. */
  @Delete()
  reset(@Req() req: Request): ClockReading {
    this.onlyFromThisMachine(req);
    this.clock.set(new Date());
    return this.reading();
  }

  private reading(): ClockReading {
    const now = this.clock.now();
    return { now: now.toISOString(), offsetMs: Math.round((now.getTime() - Date.now()) / 1000) * 1000 };
  }

  private onlyFromThisMachine(req: Request): void {
    if (!loopback.has(req.socket.remoteAddress ?? ''))
      throw new DomainError('forbidden', 'the development clock is set from this machine only');
  }
}
