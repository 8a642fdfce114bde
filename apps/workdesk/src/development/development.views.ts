import { ApiProperty } from '@nestjs/swagger';
import { type DevelopmentToolName, DevelopmentToolNames, type DevelopmentToolsView } from '@inquiry-router/contracts';

export class DevelopmentToolsDoc implements DevelopmentToolsView {
  @ApiProperty({ enum: DevelopmentToolNames, isArray: true }) tools: DevelopmentToolName[];
}
