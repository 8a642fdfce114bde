// What the workdesk answers with, and the request bodies it takes (its request classes implement
// them), as plain types: the console imports them too (`@inquiry-router/contracts/views`), so
// nothing here may import a class or a decorator.
export * from './inquiries.view';
export * from './inquiry-actions.view';
export * from './cases.view';
export * from './live-overview.view';
export * from './planning.view';
export * from './notices.view';
export * from './inquirers.view';
export * from './personal-data.view';
export * from './adviser-training.view';
export * from './satisfaction.view';
export * from './help-insights.view';
export * from './answer-templates.view';
export * from './development.view';
export * from './development-phone.view';
export * from './sent.view';
export * from './auth.view';
export * from './filing-deadlines.view';
export * from './opening-hours.view';
export * from './advisers.view';
export * from './policy.view';
export * from './agency-deliveries.view';
