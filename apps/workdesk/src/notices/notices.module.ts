import { Module } from '@nestjs/common';
import { bindPort, NoticeReader, NoticeWriter } from '@inquiry-router/persistence';
import { NoticeChanges, NoticeRecords } from './notices.ports';
import { NoticesController } from './notices.controller';
import { StatusController } from './status.controller';
import { ReadNotices } from './read-notices.use-case';
import { RegisterNotice } from './register-notice.use-case';
import { UpdateNotice } from './update-notice.use-case';
import { ReadStatus } from './read-status.use-case';

/**
 * Operational notices: operators register and update incidents and planned maintenance
 * (`/api/notices`), and anyone reads the status page and its feeds (`/status`) without signing in.
 * Postgres, the outbox, the clock and access come from the app's global modules; its ports are bound here.
 */
@Module({
  controllers: [NoticesController, StatusController],
  providers: [
    bindPort(NoticeRecords, NoticeReader),
    bindPort(NoticeChanges, NoticeWriter),
    ReadNotices,
    RegisterNotice,
    UpdateNotice,
    ReadStatus,
  ],
})
export class NoticesModule {}
