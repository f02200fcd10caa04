import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const STATUS_OF_CODE: Record<string, HttpStatus> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
};

/** Domain errors carry GraphQL codes; on a download route they become HTTP statuses with the same message. */
@Catch(GraphQLError)
export class PlatformErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Reports');

  catch(error: GraphQLError, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const code = String(error.extensions.code);
    const status = STATUS_OF_CODE[code];
    if (response.headersSent || !status) {
      this.logger.error(error.stack ?? error.message);
      if (response.headersSent) return void response.destroy();
      return void response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server.' });
    }
    response.status(status).json({ code, message: error.message, ...(error.extensions.fields ? { fields: error.extensions.fields } : {}) });
  }
}
