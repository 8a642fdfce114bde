import { Module } from '@nestjs/common';
import { bindPort, OpeningCalendarRepository } from '@inquiry-router/persistence';
import { OrderedCalendarStore, SupportCalendar } from './support-calendar';
import { ConfigurableSupportCalendarModule } from './support-calendar.options';

/** The support's calendar for an app (`forApp(options)`), over its own store; needs PersistenceModule (global) in the same app. */
@Module({
  providers: [bindPort(OrderedCalendarStore, OpeningCalendarRepository), SupportCalendar],
  exports: [SupportCalendar],
})
export class SupportCalendarModule extends ConfigurableSupportCalendarModule {}
