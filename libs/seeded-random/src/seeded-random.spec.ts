import { seededRandom } from './seeded-random';

const firstThree = (seed: number) => {
  const random = seededRandom(seed);
  return [random(), random(), random()];
};

describe('seededRandom', () => {
  it('draws the published mulberry32 sequence, which trained models and test fixtures depend on', () => {
    expect(firstThree(1)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(firstThree(16)).toEqual([0.6313952072523534, 0.14432188915088773, 0.7523378010373563]);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(firstThree(42)).toEqual(firstThree(42));
    expect(firstThree(43)).not.toEqual(firstThree(42));
  });

  it('reads the seed as an unsigned 32-bit integer', () => {
    expect(firstThree(-1)).toEqual(firstThree(0xffffffff));
    expect(firstThree(-1)).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
  });

  it('stays in [0, 1)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
