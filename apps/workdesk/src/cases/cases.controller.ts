import { Body, Param, Query } from '@nestjs/common';
import { CaseIdPattern, CaseStatus } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint, EndpointAnswers } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { CaseStore } from './cases.ports';
import { AssignCaseOwnerRequest, ChangeCaseStatusRequest, ListCasesQuery } from './case.requests';
import { CaseDetailView, CaseView, toCaseDetailView, toCaseView } from './case.view';
import { ChangeCaseStatus } from './change-case-status.use-case';
import { AssignCaseOwner } from './assign-case-owner.use-case';
import { CaseNotFound } from './case-errors';

/** The id of a case in the path; one that cannot be a case's is not found, as an unknown one. */
function caseId(id: string): string {
  if (!CaseIdPattern.test(id)) throw new CaseNotFound(id);
  return id;
}

/** A change of one case: it answers with the case as it is after the change. */
const caseChange: EndpointAnswers = { ok: { type: CaseView }, notFound: 'no such case' };

/** The service desk's cases: advisers and supervisors follow them until resolved. */
@ApiController('cases')
export class CasesController {
  constructor(
    private readonly cases: CaseStore,
    private readonly changeStatus: ChangeCaseStatus,
    private readonly assignOwner: AssignCaseOwner,
  ) {}

  /** Cases, longest without an update first; filtered by status, owner and type. */
  @Endpoint('GET', '', Advisers, { ok: { type: [CaseView] }, badRequest: 'an unknown status or type, or a limit outside 1–500' })
  async list(@Query() query: ListCasesQuery): Promise<CaseView[]> {
    const cases = await this.cases.list({
      statuses: query.status ? (query.status.split(',') as CaseStatus[]) : undefined,
      owner: query.owner,
      type: query.type,
      inquiryId: query.inquiry,
      limit: query.limit,
    });
    return cases.map(toCaseView);
  }

  @Endpoint('GET', ':id', Advisers, { ok: { type: CaseDetailView }, notFound: 'no such case' })
  async get(@Param('id') id: string): Promise<CaseDetailView> {
    const record = await this.cases.find(caseId(id));
    if (!record) throw new CaseNotFound(id);
    return toCaseDetailView(record);
  }

  /**
   * Moves the case on in its lifecycle (registered → in-progress → waiting-reporter/waiting-supplier
   * → in-progress … → resolved → closed; resolved → in-progress reopens). The reporter is told
   * through the channel they used, in their language, with the note.
   */
  @Endpoint('POST', ':id/status', Advisers, {
    ...caseChange,
    badRequest: 'an unknown status, or a note over 2000 characters',
    conflict: 'the lifecycle does not allow this change from the current status (the reason says what it allows)',
  })
  async status(@Param('id') id: string, @Body() body: ChangeCaseStatusRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    return toCaseView(await this.changeStatus.execute(caseId(id), body, user));
  }

  /** Gives the case to an adviser or supervisor (null: to nobody); counts as an update for the reminder. */
  @Endpoint('PUT', ':id/owner', Advisers, {
    ...caseChange,
    badRequest: 'owner missing or not a string or null',
    unprocessableEntity: 'the owner is not an adviser or supervisor',
  })
  async owner(@Param('id') id: string, @Body() body: AssignCaseOwnerRequest, @CurrentUser() user: AuthenticatedUser): Promise<CaseView> {
    return toCaseView(await this.assignOwner.execute(caseId(id), body.owner, user));
  }
}
