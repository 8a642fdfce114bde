export * from './competences';
export * from './adviser-updates';
