import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../auth/policy.decorators';
import { QtiPackageQuery } from './quiz-exchange.inputs';
import { QuizExchangeService } from './quiz-exchange.service';

/** The QTI 3.0 package of a quiz, for a browser (session cookie) or a script (Bearer token). */
@Controller('quizzes')
export class QuizExchangeController {
  constructor(private readonly exchange: QuizExchangeService) {}

  @Get(':quizId/qti-package.zip')
  @Roles('INSTRUCTOR', 'ADMIN')
  @Header('Cache-Control', 'private, no-store')
  async qtiPackage(@Param('quizId') quizId: string, @Query() { version }: QtiPackageQuery, @Res() response: Response): Promise<void> {
    const { filename, bytes } = await this.exchange.exportPackage(quizId, version ?? 'authoring');
    response.type('application/zip').attachment(filename).send(Buffer.from(bytes));
  }
}
