import { CaseIdSource, InquiryReferenceSource } from '@inquiry-router/contracts';

const inquiryReference = new RegExp(`\\b${InquiryReferenceSource}\\b`, 'g');
const caseReference = new RegExp(`\\b${CaseIdSource}\\b`, 'g');

/** The references of ours a text quotes: inquiry references (`IR-…`) and service-desk cases (`SD-…`), each once, in order. */
export function quotedReferences(text: string): { inquiries: string[]; cases: string[] } {
  const upper = text.toUpperCase();
  return {
    inquiries: [...new Set(upper.match(inquiryReference) ?? [])],
    cases: [...new Set(upper.match(caseReference) ?? [])],
  };
}
