import {
  assertReclassifiable,
  correctedDecision,
  InvalidReclassification,
  reclassificationLabel,
  ReclassificationConflict,
  ReclassifiableInquiry,
  returnedDecision,
} from './reclassification';

const agencies = new Set(['skd', 'nav']);

describe('reclassificationLabel', () => {
  it('labels a first- or second-line target as technical with its category', () => {
    expect(reclassificationLabel({ target: 'second-line', category: 'login' }, agencies)).toEqual({
      target: 'second-line',
      kind: 'technical',
      category: 'login',
      agency: null,
      caseType: null,
    });
  });

  it('labels a servicedesk target with its category and case type', () => {
    expect(reclassificationLabel({ target: 'servicedesk', category: 'integration', caseType: 'bestilling' }, agencies)).toEqual({
      target: 'servicedesk',
      kind: 'technical',
      category: 'integration',
      agency: null,
      caseType: 'bestilling',
    });
  });

  it("labels an agency target as that agency's subject matter", () => {
    expect(reclassificationLabel({ target: 'agency:nav' }, agencies)).toEqual({
      target: 'agency:nav',
      kind: 'subject-matter',
      category: null,
      agency: 'nav',
      caseType: null,
    });
  });

  it.each([
    [{ target: 'third-line', category: 'login' }, /target must be first-line, second-line, servicedesk or agency:<code>/],
    [{ target: 'agency:xyz' }, /no agency "xyz" has an agreement in the active policy; agencies are nav, skd/],
    [{ target: 'agency:' }, /no agency ""/],
    [{ target: 'agency:skd', category: 'login' }, /agency target takes no category or caseType/],
    [{ target: 'agency:skd', caseType: 'feil' }, /agency target takes no category or caseType/],
    [{ target: 'first-line' }, /first-line needs a category: one of login, /],
    [{ target: 'second-line', category: 'cooking' }, /category "cooking" is not one of/],
    [{ target: 'first-line', category: 'integration' }, /integration always goes to the servicedesk/],
    [{ target: 'first-line', category: 'login', caseType: 'feil' }, /only a servicedesk target takes a caseType/],
    [{ target: 'servicedesk', category: 'integration' }, /servicedesk needs a caseType: one of support, feil, bestilling/],
    [{ target: 'servicedesk', category: 'integration', caseType: 'urgent' }, /caseType "urgent" is not one of/],
    [{ target: 'servicedesk', caseType: 'feil' }, /servicedesk needs a category/],
  ])('refuses %j with the reason', (request, reason) => {
    expect(() => reclassificationLabel(request, agencies)).toThrow(InvalidReclassification);
    expect(() => reclassificationLabel(request, agencies)).toThrow(reason);
  });
});

describe('assertReclassifiable', () => {
  const adviser = { username: 'ada', mayTakeOver: false };
  const queued: ReclassifiableInquiry = { status: 'queued', target: 'first-line', assignedTo: null };

  it('lets a queued or forwarded inquiry go somewhere else', () => {
    expect(() => assertReclassifiable(queued, { target: 'second-line' }, adviser)).not.toThrow();
    expect(() =>
      assertReclassifiable({ status: 'forwarded', target: 'agency:skd', assignedTo: null }, { target: 'agency:nav' }, adviser),
    ).not.toThrow();
  });

  it('refuses the target it already has', () => {
    expect(() => assertReclassifiable(queued, { target: 'first-line' }, adviser)).toThrow(
      new ReclassificationConflict('the inquiry already goes to first-line'),
    );
  });

  it.each(['resolved', 'in-thread'] as const)('refuses an inquiry that is %s', (status) => {
    expect(() => assertReclassifiable({ ...queued, status }, { target: 'second-line' }, adviser)).toThrow(ReclassificationConflict);
  });

  it('lets the holder of a claimed inquiry re-route it, and a supervisor, but not another adviser', () => {
    const held: ReclassifiableInquiry = { status: 'claimed', target: 'first-line', assignedTo: 'ada' };
    expect(() => assertReclassifiable(held, { target: 'second-line' }, adviser)).not.toThrow();
    expect(() => assertReclassifiable(held, { target: 'second-line' }, { username: 'sup', mayTakeOver: true })).not.toThrow();
    expect(() => assertReclassifiable(held, { target: 'second-line' }, { username: 'bob', mayTakeOver: false })).toThrow(
      /held by another adviser/,
    );
  });
});

describe('decisions of people', () => {
  it('a correction says who corrected it, why, and what it was', () => {
    const label = reclassificationLabel({ target: 'second-line', category: 'login' }, agencies);
    const decision = correctedDecision(label, {
      actor: 'ada',
      reason: 'quotes feilkode 403',
      previousTarget: 'first-line',
      policyVersion: 'v7',
    });
    expect(decision).toEqual({
      ...label,
      confidence: 1,
      reasons: ['Corrected by ada: quotes feilkode 403', 'Previously routed to first-line'],
      reasonCodes: [
        { code: 'corrected', params: { actor: 'ada', reason: 'quotes feilkode 403' } },
        { code: 'previously-routed', params: { target: 'first-line' } },
      ],
      policyVersion: 'v7',
    });
  });

  it('a return by an agency goes to first-line triage, technical, category other', () => {
    expect(returnedDecision({ agency: 'skd', reason: 'this is about sick pay', policyVersion: 'v7' })).toMatchObject({
      target: 'first-line',
      kind: 'technical',
      category: 'other',
      agency: null,
      caseType: null,
      reasons: ['Returned by skd as not ours: this is about sick pay', 'Sent to first-line for triage'],
      reasonCodes: [
        { code: 'returned-by-agency', params: { agency: 'skd', reason: 'this is about sick pay' } },
        { code: 'first-line-triage', params: {} },
      ],
    });
  });
});
