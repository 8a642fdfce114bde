/** What a search asks for, as the form and the address hold it (each empty when not asked). */
export interface SearchFields {
  /** Words of the text. */
  q: string;
  reference: string;
  sender: string;
  status: string;
  queue: string;
  agency: string;
  channel: string;
  /** Calendar dates (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

export const SearchFieldNames = [
  'q',
  'reference',
  'sender',
  'status',
  'queue',
  'agency',
  'channel',
  'from',
  'to',
] as const satisfies readonly (keyof SearchFields)[];

/** Hits per page: the API's default, asked for explicitly so the page and the paging agree. */
export const SearchPageSize = 25;

export const noSearchFields: SearchFields = {
  q: '',
  reference: '',
  sender: '',
  status: '',
  queue: '',
  agency: '',
  channel: '',
  from: '',
  to: '',
};

/** The search the address holds (`?q=…&page=2`): its fields and page (1 when absent or malformed). */
export function searchFromQuery(search: string): { fields: SearchFields; page: number } {
  const params = new URLSearchParams(search);
  const fields = { ...noSearchFields };
  for (const name of SearchFieldNames) fields[name] = params.get(name)?.trim() ?? '';
  const page = Number(params.get('page'));
  return { fields, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** Whether the address holds a search that was sent (the form sent empty lists the newest inquiries). */
export function isSearch(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has('page') || SearchFieldNames.some((name) => params.has(name));
}

/** The address's query for a search: the fields given, and the page; so a search can be shared and reloaded. */
export function queryOf(fields: SearchFields, page: number): string {
  const params = new URLSearchParams();
  for (const name of SearchFieldNames) {
    const value = fields[name].trim();
    if (value !== '') params.set(name, value);
  }
  params.set('page', String(page));
  return `?${params.toString()}`;
}

/** `GET /api/inquiries/search` for the search: the same parameters, with the page size. */
export function searchApiPath(fields: SearchFields, page: number): string {
  return `/api/inquiries/search${queryOf(fields, page)}&pageSize=${SearchPageSize}`;
}

/** Whether a span's from date lies after its to date (either missing: no span to be wrong). */
export function spanReversed(fields: Pick<SearchFields, 'from' | 'to'>): boolean {
  return fields.from !== '' && fields.to !== '' && fields.from > fields.to;
}
