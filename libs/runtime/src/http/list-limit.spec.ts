import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ListLimit } from './list-limit';

class ListQuery {
  @ListLimit({ max: 500, default: 100 })
  limit: number;
}

const read = (query: object) => plainToInstance(ListQuery, query);

describe('ListLimit', () => {
  it('fills in the default when the query leaves the limit out', () => {
    const query = read({});
    expect(query.limit).toBe(100);
    expect(validateSync(query)).toEqual([]);
  });

  it('takes a given limit as a number', () => {
    expect(read({ limit: '7' }).limit).toBe(7);
    expect(read({ limit: '500' }).limit).toBe(500);
  });

  it('refuses a limit outside 1 to max, or not a whole number', () => {
    for (const limit of ['0', '501', '2.5', 'ten', '']) expect(validateSync(read({ limit }))).toHaveLength(1);
  });
});
