import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { LearningRecordStoreService } from './learning-record-store.service';
import { LearningRecordStoreInput } from './learning-records.inputs';
import { LearningRecordQueue, LearningRecordStoreSettings } from './learning-records.types';
import { StatementDeliveryService } from './statement-delivery.service';

@Resolver()
export class LearningRecordsResolver {
  constructor(
    private readonly store: LearningRecordStoreService,
    private readonly delivery: StatementDeliveryService,
  ) {}

  @Query(() => LearningRecordStoreSettings, { nullable: true, description: 'The LRS statements go to; null until an admin sets one.' })
  @Roles('ADMIN')
  learningRecordStore() {
    return this.store.settings();
  }

  @Query(() => LearningRecordQueue, { description: 'The statements waiting, sent and failed.' })
  @Roles('ADMIN')
  learningRecordQueue() {
    return this.store.queue();
  }

  @Mutation(() => LearningRecordStoreSettings, { description: 'Sets the LRS, or changes it; audited. Waiting statements are tried again at once.' })
  @Roles('ADMIN')
  async saveLearningRecordStore(@Args('input') input: LearningRecordStoreInput, @Context() context: RequestContext) {
    const saved = await this.store.save((await context.viewer())!, input);
    this.delivery.lookEveryFewSeconds(saved.enabled);
    return saved;
  }

  @Mutation(() => Int, { description: 'Queues the events recorded before the LRS was on, or while it was off; answers how many. Audited.' })
  @Roles('ADMIN')
  async sendEarlierLearningEvents(@Context() context: RequestContext) {
    const queued = await this.store.sendEarlierEvents((await context.viewer())!);
    this.delivery.lookEveryFewSeconds(true);
    return queued;
  }

  @Mutation(() => Int, { description: 'Tries the failed statements again from their first try; answers how many. Audited.' })
  @Roles('ADMIN')
  async retryFailedLearningRecords(@Context() context: RequestContext) {
    const retried = await this.store.retryFailed((await context.viewer())!);
    this.delivery.lookEveryFewSeconds(true);
    return retried;
  }
}
