import { DynamicModule, Module } from '@nestjs/common';
import { SUPPORT_CALENDAR_OPTIONS, SupportCalendar, SupportCalendarOptions } from './support-calendar';

/** The support's calendar for an app; needs PersistenceModule (global) in the same app. */
@Module({})
export class SupportCalendarModule {
  static forApp(options: SupportCalendarOptions): DynamicModule {
    return {
      module: SupportCalendarModule,
      providers: [{ provide: SUPPORT_CALENDAR_OPTIONS, useValue: options }, SupportCalendar],
      exports: [SupportCalendar],
    };
  }
}
