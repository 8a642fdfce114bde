export * from './inquiry-references';
export * from './mail-record';
export * from './request-record';
export * from './sent-log';
export * from './mail-sink';
export * from './http-stand-in';
export * from './outside-world';
