import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CaseIdPattern, CaseStatus } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Roles } from '@inquiry-router/access';
import { CaseStore } from './cases.ports';
import { AssignCaseOwnerRequest, ChangeCaseStatusRequest, ListCasesQuery } from './case.requests';
import { CaseDetailView, CaseView, toCaseDetailView, toCaseView } from './case.view';
import { ChangeCaseStatus } from './change-case-status.use-case';
import { AssignCaseOwner } from './assign-case-owner.use-case';
import { CaseNotFound } from './case-errors';

/** The service desk's cases: advisers and supervisors follow them until resolved. */
@ApiTags('cases')
@Roles(Advisers)
@Controller('api/cases')
export class CasesController {
  constructor(
    @Inject(CaseStore) private readonly cases: CaseStore,
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
    if (!record) throw new CaseNotFound(id);
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
  async status(@Param('id') id: string, @Body() body: ChangeCaseStatusRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    if (!CaseIdPattern.test(id)) throw new CaseNotFound(id);
    return toCaseView(await this.changeStatus.execute(id, body, user));
  }

  /** Gives the case to an adviser or supervisor (null: to nobody); counts as an update for the reminder. */
  @Put(':id/owner')
  @ApiOkResponse({ type: CaseView })
  @ApiBadRequestResponse({ description: 'owner missing or not a string or null' })
  @ApiNotFoundResponse({ description: 'no such case' })
  @ApiUnprocessableEntityResponse({ description: 'the owner is not an adviser or supervisor' })
  async owner(@Param('id') id: string, @Body() body: AssignCaseOwnerRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    if (!CaseIdPattern.test(id)) throw new CaseNotFound(id);
    return toCaseView(await this.assignOwner.execute(id, body.owner, user));
  }
}
