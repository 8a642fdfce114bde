import { Inject } from '@nestjs/common';
import type { DevelopmentToolName, DevelopmentToolsView } from '@inquiry-router/contracts';
import { Endpoint, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { DevelopmentTools } from './development-tools';
import { DevelopmentToolsDoc } from './development.views';

/** Which development tools this workdesk offers, so the console shows their pages. Not mounted in production. */
@ApiController('development')
export class DevelopmentToolsController {
  constructor(@Inject(DevelopmentTools) private readonly tools: readonly DevelopmentToolName[]) {}

  @Endpoint('GET', '', SupportStaff, {
    summary: 'the development tools this workdesk offers (outside production only; in production this route is not there)',
    ok: { type: DevelopmentToolsDoc },
  })
  list(): DevelopmentToolsView {
    return { tools: [...this.tools] };
  }
}
