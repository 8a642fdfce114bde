import { subscriberWants } from './subscriber-match';

const notice = {
  components: ['login', 'forms'],
  environments: ['production' as const],
  audiences: ['end-users' as const, 'vendors' as const],
};

describe('subscriberWants', () => {
  it('wants a notice that touches one of each of its lists, an empty list meaning all', () => {
    expect(subscriberWants({ components: [], environments: [], audiences: [] }, notice)).toBe(true);
    expect(subscriberWants({ components: ['forms'], environments: ['production'], audiences: ['vendors'] }, notice)).toBe(true);
  });

  it('does not want one outside any of its lists', () => {
    expect(subscriberWants({ components: ['inbox'], environments: [], audiences: [] }, notice)).toBe(false);
    expect(subscriberWants({ components: [], environments: ['test'], audiences: [] }, notice)).toBe(false);
    expect(subscriberWants({ components: [], environments: [], audiences: ['service-owners'] }, notice)).toBe(false);
  });
});
