import { Module } from '@nestjs/common';
import { QuizExchangeController } from './quiz-exchange.controller';
import { QuizExchangeResolver } from './quiz-exchange.resolver';
import { QuizExchangeService } from './quiz-exchange.service';

@Module({
  controllers: [QuizExchangeController],
  providers: [QuizExchangeService, QuizExchangeResolver],
})
export class QuizExchangeModule {}
