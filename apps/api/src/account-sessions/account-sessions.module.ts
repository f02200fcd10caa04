import { Module } from '@nestjs/common';
import { AccountSessionsResolver } from './account-sessions.resolver';
import { AccountSessionsService } from './account-sessions.service';

@Module({ providers: [AccountSessionsService, AccountSessionsResolver] })
export class AccountSessionsModule {}
