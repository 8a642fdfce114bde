import { DynamicModule, Module } from '@nestjs/common';
import { bindPort, OpeningCalendarRepository } from '@inquiry-router/persistence';
import { OrderedCalendarStore, SUPPORT_CALENDAR_OPTIONS, SupportCalendar, SupportCalendarOptions } from './support-calendar';

/** The support's calendar for an app, over its own store; needs PersistenceModule (global) in the same app. */
@Module({})
export class SupportCalendarModule {
  static forApp(options: SupportCalendarOptions): DynamicModule {
    return {
      module: SupportCalendarModule,
      providers: [
        { provide: SUPPORT_CALENDAR_OPTIONS, useValue: options },
        bindPort(OrderedCalendarStore, OpeningCalendarRepository),
        SupportCalendar,
      ],
      exports: [SupportCalendar],
    };
  }
}
