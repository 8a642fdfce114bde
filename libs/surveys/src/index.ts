export * from './automatic-senders';
export * from './survey-eligibility';
export * from './survey-message';
export * from './survey-reply';
export * from './survey-token';
export * from './satisfaction-figures';
export * from './survey-reply-answer';
