import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QuizExchangeController } from './quiz-exchange.controller';
import { QuizExchangeResolver } from './quiz-exchange.resolver';
import { QuizExchangeService } from './quiz-exchange.service';

@Module({
  imports: [AuditModule],
  controllers: [QuizExchangeController],
  providers: [QuizExchangeService, QuizExchangeResolver],
})
export class QuizExchangeModule {}
