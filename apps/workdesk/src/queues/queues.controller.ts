import { Controller, HttpCode, Inject, NotFoundException, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { QueueNames } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Roles, RolesGuard } from '@inquiry-router/access';
import { InquiryView, toInquiryView } from '../inquiries/inquiry.view';
import { ClaimNext } from './claim-next.use-case';

@ApiTags('queues')
@ApiBearerAuth()
@UseGuards(RolesGuard)
@Controller('api/queues')
export class QueuesController {
  constructor(@Inject(ClaimNext) private readonly claimNext: ClaimNext) {}

  /** The oldest inquiry of the queue, now held by the caller; 204 when the queue is empty. */
  @Post(':queue/claim')
  @HttpCode(200)
  @Roles('adviser', 'supervisor')
  @ApiOkResponse({ type: InquiryView })
  @ApiNoContentResponse({ description: 'the queue is empty' })
  async claim(@Param('queue') queue: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<InquiryView | undefined> {
    if (!(QueueNames as readonly string[]).includes(queue)) throw new NotFoundException(`no queue "${queue}"; queues are ${QueueNames.join(', ')}`);
    const record = await this.claimNext.execute(queue, user.username);
    if (!record) {
      res.status(204);
      return undefined;
    }
    return toInquiryView(record);
  }
}
