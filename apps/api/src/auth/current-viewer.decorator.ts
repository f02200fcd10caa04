import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { VIEWER_OF_REQUEST } from './access.guard';

/** The signed-in account of an HTTP route (file downloads, exports) that the access guard let through. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest()[VIEWER_OF_REQUEST],
);
