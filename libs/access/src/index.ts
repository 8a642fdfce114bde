export * from './access.env';
export * from './access.module';
export * from './access-token-errors';
export * from './authenticated-user';
export * from './current-user.decorator';
export * from './oidc-token-verifier';
export * from './roles.guard';
export * from './token-claims';
