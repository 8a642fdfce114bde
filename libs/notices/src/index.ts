export * from './notice';
export * from './component-state';
export * from './subscriber-match';
export * from './incident-match';
export * from './contact-rise';
export * from './subscription-tokens';
export * from './rise-windows';
export * from './incident-messages';
