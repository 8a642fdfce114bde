/** The workdesk's development tools: the Sent page (what the system sent, from the local sinks) and the Phone page (a call through the IVR). */
export const DevelopmentToolNames = ['sent', 'phone'] as const;
export type DevelopmentToolName = (typeof DevelopmentToolNames)[number];

/** `GET /api/development`: the tools this workdesk offers. Outside production only; in production the route is not there (404). */
export interface DevelopmentToolsView {
  tools: DevelopmentToolName[];
}
