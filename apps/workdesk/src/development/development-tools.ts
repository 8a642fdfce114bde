/** Injection token: the development tools the DevelopmentModule mounted (`DevelopmentToolName[]`). */
export const DevelopmentTools = Symbol('DevelopmentTools');
