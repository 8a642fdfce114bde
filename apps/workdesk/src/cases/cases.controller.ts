import { Body, ConflictException, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Put, Query, UnprocessableEntityException, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CaseIdPattern, CaseStatus } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Roles, RolesGuard } from '@inquiry-router/access';
import { CaseRepository } from '@inquiry-router/persistence';
import { AssignCaseOwnerRequest, ChangeCaseStatusRequest, ListCasesQuery } from './case.requests';
import { CaseDetailView, CaseView, toCaseDetailView, toCaseView } from './case.view';
import { ChangeCaseStatus } from './change-case-status.use-case';
import { AssignCaseOwner } from './assign-case-owner.use-case';
import { CaseNotFound, CaseTransitionRefused, UnknownCaseOwner } from './case-errors';

/** The service desk's cases: advisers and supervisors follow them until resolved. */
@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(RolesGuard)
@Roles('adviser', 'supervisor')
@Controller('api/cases')
export class CasesController {
  constructor(
    @Inject(CaseRepository) private readonly cases: CaseRepository,
    @Inject(ChangeCaseStatus) private readonly changeStatus: ChangeCaseStatus,
    @Inject(AssignCaseOwner) private readonly assignOwner: AssignCaseOwner,
  ) {}

  /** Cases, longest without an update first; filtered by status, owner and type. */
  @Get()
  @ApiOkResponse({ type: [CaseView] })
  @ApiBadRequestResponse({ description: 'an unknown status or type, or a limit outside 1–500' })
  async list(@Query() query: ListCasesQuery): Promise<CaseView[]> {
    const cases = await this.cases.list({
      statuses: query.status ? (query.status.split(',') as CaseStatus[]) : undefined,
      owner: query.owner,
      type: query.type,
      inquiryId: query.inquiry,
      limit: query.limit ?? 100,
    });
    return cases.map(toCaseView);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDetailView })
  @ApiNotFoundResponse({ description: 'no such case' })
  async get(@Param('id') id: string): Promise<CaseDetailView> {
    const record = CaseIdPattern.test(id) ? await this.cases.find(id) : null;
    if (!record) throw new NotFoundException(`no case ${id}`);
    return toCaseDetailView(record);
  }

  /**
   * Moves the case on in its lifecycle (registered → in-progress → waiting-reporter/waiting-supplier
   * → in-progress … → resolved → closed; resolved → in-progress reopens). The reporter is told
   * through the channel they used, in their language, with the note.
   */
  @Post(':id/status')
  @HttpCode(200)
  @ApiOkResponse({ type: CaseView })
  @ApiBadRequestResponse({ description: 'an unknown status, or a note over 2000 characters' })
  @ApiNotFoundResponse({ description: 'no such case' })
  @ApiConflictResponse({ description: 'the lifecycle does not allow this change from the current status (the reason says what it allows)' })
  @ApiServiceUnavailableResponse({ description: 'Kafka did not take the change; nothing was changed' })
  async status(@Param('id') id: string, @Body() body: ChangeCaseStatusRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    if (!CaseIdPattern.test(id)) throw new NotFoundException(`no case ${id}`);
    try {
      return toCaseView(await this.changeStatus.execute(id, body, user));
    } catch (error) {
      throw caseHttpError(error);
    }
  }

  /** Gives the case to an adviser or supervisor (null: to nobody); counts as an update for the reminder. */
  @Put(':id/owner')
  @ApiOkResponse({ type: CaseView })
  @ApiBadRequestResponse({ description: 'owner missing or not a string or null' })
  @ApiNotFoundResponse({ description: 'no such case' })
  @ApiUnprocessableEntityResponse({ description: 'the owner is not an adviser or supervisor' })
  async owner(@Param('id') id: string, @Body() body: AssignCaseOwnerRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    if (!CaseIdPattern.test(id)) throw new NotFoundException(`no case ${id}`);
    try {
      return toCaseView(await this.assignOwner.execute(id, body.owner, user));
    } catch (error) {
      throw caseHttpError(error);
    }
  }
}

function caseHttpError(error: unknown): unknown {
  if (error instanceof CaseNotFound) return new NotFoundException(error.message);
  if (error instanceof CaseTransitionRefused) return new ConflictException(error.message);
  if (error instanceof UnknownCaseOwner) return new UnprocessableEntityException(error.message);
  return error;
}
