export * from './placeholders';
export * from './template-order';
