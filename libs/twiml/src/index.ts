export * from './call-turn';
