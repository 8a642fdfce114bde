export * from './policy';
export * from './classification-result';
export { classifyInquiry } from './classify-inquiry';
export { detectLanguage } from './detect-language';
export { foldText, normalizeInquiryText, splitQuotedReply, stripSignature } from './normalize-text';
export type { NormalizedText, ReplyParts } from './normalize-text';
export { defaultPolicy } from './default-policy/default-policy';
export * from './evaluate';
