import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LocalDateRangeQuery } from './local-date-range.query';

class TwoWeeks extends LocalDateRangeQuery({ fromExample: '2026-04-01', toExample: '2026-04-14', toReach: 'default: from + 13 days' }) {}

/** Where @nestjs/swagger keeps a property's documentation (its `DECORATORS.API_MODEL_PROPERTIES`, not exported). */
const ApiModelProperties = 'swagger/apiModelProperties';

const problemsOf = (query: object) => validateSync(plainToInstance(TwoWeeks, query)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('LocalDateRangeQuery', () => {
  it('takes local dates, either or both left out', () => {
    expect(problemsOf({ from: '2026-04-01', to: '2026-04-14' })).toEqual([]);
    expect(problemsOf({ to: '2026-04-14' })).toEqual([]);
    expect(problemsOf({})).toEqual([]);
  });

  it('refuses anything else, naming the parameter', () => {
    expect(problemsOf({ from: '1.4.2026', to: '2026-04-14T00:00:00Z' })).toEqual(['from must be YYYY-MM-DD', 'to must be YYYY-MM-DD']);
  });

  it('gives each query its own documentation', () => {
    class Year extends LocalDateRangeQuery({ fromExample: '2026-01-01', toExample: '2026-12-31', toReach: 'at most 366 days' }) {}
    const docsOf = (type: object) =>
      Reflect.getMetadata(ApiModelProperties, (type as { prototype: object }).prototype, 'to') as {
        example: string;
        description: string;
      };
    expect(docsOf(TwoWeeks)).toMatchObject({ example: '2026-04-14', description: 'last local date, inclusive (default: from + 13 days)' });
    expect(docsOf(Year)).toMatchObject({ example: '2026-12-31', description: 'last local date, inclusive (at most 366 days)' });
  });
});
