import { contactMeasures, type ContactFacts } from './contact-measures';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));
const contact = (facts: Partial<ContactFacts>): ContactFacts => ({
  inquiryId: 'x',
  category: 'login',
  text: 'bankid',
  receivedAt: at(0),
  resolvedAt: null,
  acceptedAt: null,
  reopened: false,
  followsEarlierContact: false,
  ...facts,
});

describe('contactMeasures', () => {
  it('shares resolved in the first contact among those resolved, and averages the handle time from acceptance', () => {
    const measures = contactMeasures([
      contact({ acceptedAt: at(1), resolvedAt: at(11) }),
      contact({ acceptedAt: at(1), resolvedAt: at(21), reopened: true }),
      contact({ acceptedAt: at(1), resolvedAt: at(31), followsEarlierContact: true }),
      contact({ resolvedAt: at(40) }),
      contact({}),
    ]);
    expect(measures).toEqual({ count: 5, resolved: 4, firstContactShare: 0.5, averageHandleSeconds: 20 * 60 });
  });

  it('has no share and no handle time when nothing was resolved', () => {
    expect(contactMeasures([contact({})])).toEqual({ count: 1, resolved: 0, firstContactShare: null, averageHandleSeconds: null });
  });
});
