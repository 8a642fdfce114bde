import { SetMetadata } from '@nestjs/common';

export const READS_PERSONAL_DATA = 'reads-personal-data';

/** What a handler's answer reveals: through what, and of which inquiries. */
export interface PersonalDataInAnswer<Answer = never> {
  via: string;
  /** The inquiries whose personal data the answer carries (none: nothing to log, e.g. an empty claim). */
  inquiriesIn: (answer: Answer) => readonly string[];
  /** The handler's own write logs the read (`ReadsPersonalDataLoggedByWrite`): the interceptor writes nothing. */
  loggedByWrite?: true;
}

/**
 * The handler's answer carries inquiries' personal data (a text, a sender, a summary of one): each
 * read is logged, one row per inquiry, by the interceptor PersonalDataReadsModule installs — before
 * the answer goes out, so no read goes unlogged. `inquiriesIn` is called with the handler's
 * answer (not called for an answer without a body).
 */
export const ReadsPersonalData = <Answer>(via: string, inquiriesIn: (answer: Answer) => readonly string[]): MethodDecorator =>
  SetMetadata(READS_PERSONAL_DATA, { via, inquiriesIn } satisfies PersonalDataInAnswer<Answer>);

/**
 * The handler's answer carries inquiries' personal data, and the statement that makes the answer
 * logs the read itself (a claim's reservation, in the same statement: no round trip of its own,
 * and no reservation handed out without its log row). Marked all the same, so every endpoint that
 * reveals personal data says so; the interceptor leaves it be.
 */
export const ReadsPersonalDataLoggedByWrite = (via: string): MethodDecorator =>
  SetMetadata(READS_PERSONAL_DATA, { via, inquiriesIn: () => [], loggedByWrite: true } satisfies PersonalDataInAnswer);

/** An answer that is one inquiry as the workdesk shows it (`{ inquiry: { id, … }, … }`). */
export const oneInquiry = (answer: { inquiry: Record<string, unknown> }): string[] => [String(answer.inquiry.id)];
