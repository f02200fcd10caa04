import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangeNotifications } from './change-notifications';

/** One connection per process hearing what any process changes, for every feature's caches. */
@Global()
@Module({
  providers: [{ provide: ChangeNotifications, inject: [DataSource], useFactory: (dataSource: DataSource) => new ChangeNotifications(dataSource) }],
  exports: [ChangeNotifications],
})
export class ChangeNotificationsModule {}
