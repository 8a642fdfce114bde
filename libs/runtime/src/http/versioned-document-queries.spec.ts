import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DocumentDraftListQuery } from './versioned-document-queries';

const read = (query: object) => plainToInstance(DocumentDraftListQuery, query);

describe("a versioned document's list queries", () => {
  it('list the drafts of one status, or of all when the status is left out, 100 at most by default', () => {
    expect(validateSync(read({ status: 'published' }))).toEqual([]);
    expect(read({}).limit).toBe(100);
    expect(read({}).status).toBeUndefined();
    expect(validateSync(read({ status: 'draft', limit: '500' }))).toEqual([]);
  });

  it('refuse a status no draft has, and a limit above 500', () => {
    const refused = validateSync(read({ status: 'active', limit: '501' }));
    expect(refused.map((error) => error.property).sort()).toEqual(['limit', 'status']);
  });
});
