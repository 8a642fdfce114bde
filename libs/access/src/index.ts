export * from './access.env';
export * from './access.module';
export * from './authenticated-user';
export * from './current-user.decorator';
export * from './roles.guard';
