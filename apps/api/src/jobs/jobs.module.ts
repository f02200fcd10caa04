import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** One job queue per process, for every feature that sends or works jobs. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
