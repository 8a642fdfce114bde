export * from './identity-keys';
export * from './keyed-hash';
export * from './quoted-references';
export * from './recognition';
export * from './repeat-contact';
export * from './retention';
