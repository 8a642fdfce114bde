export * from './competences';
export * from './adviser-updates';
export * from './roster-staffing';
