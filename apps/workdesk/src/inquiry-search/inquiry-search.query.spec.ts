import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Channels } from '@inquiry-router/contracts';
import { InquiryStatuses } from '@inquiry-router/inquiry';
import { InquirySearchQuery } from './inquiry-search.query';

/** Where @nestjs/swagger keeps a property's documentation (its `DECORATORS.API_MODEL_PROPERTIES`, not exported). */
const ApiModelProperties = 'swagger/apiModelProperties';

const parse = (query: object) => plainToInstance(InquirySearchQuery, query);
const problemsOf = (query: object) => validateSync(parse(query)).flatMap((e) => Object.values(e.constraints ?? {}));

describe('InquirySearchQuery: the status and channel filters', () => {
  it('take some of their values, comma-separated or the parameter repeated', () => {
    expect(parse({ status: 'queued, claimed', channel: ['email', 'phone,social'] })).toMatchObject({
      status: ['queued', 'claimed'],
      channel: ['email', 'phone', 'social'],
    });
    expect(problemsOf({ status: 'queued,claimed', channel: 'email' })).toEqual([]);
    expect(problemsOf({ status: ',', channel: '' })).toEqual([]);
    expect(problemsOf({})).toEqual([]);
  });

  it('refuse anything else, naming the parameter and what it may be', () => {
    expect(problemsOf({ status: 'queued,lost', channel: 'fax' })).toEqual([
      `status must be among ${InquiryStatuses.join(', ')}`,
      `channel must be among ${Channels.join(', ')}`,
    ]);
    expect(problemsOf({ channel: 'fax,fax,fax,fax' })).toEqual([
      `channel must be among ${Channels.join(', ')}`,
      `channel must contain no more than ${Channels.length} elements`,
    ]);
    expect(problemsOf({ channel: [...Channels, 'email'].join(',') })).toEqual([
      `channel must contain no more than ${Channels.length} elements`,
    ]);
  });

  it('document the values each may take', () => {
    const docsOf = (property: string) =>
      Reflect.getMetadata(ApiModelProperties, InquirySearchQuery.prototype, property) as { description: string; example: string };
    expect(docsOf('status')).toMatchObject({ description: `comma-separated, of ${InquiryStatuses.join(', ')}`, example: 'queued,claimed' });
    expect(docsOf('channel')).toMatchObject({ description: `comma-separated, of ${Channels.join(', ')}`, example: 'email' });
  });
});
