import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Public, SignedIn } from '../auth/policy.decorators';
import type { Viewer } from '../auth/viewer';
import { SignedCredentialsService } from './signed-credentials.service';

/** The Data Integrity forms: the issuer's DID document is public and stable; the credentials are their holders'. */
@Controller()
export class CredentialsController {
  constructor(private readonly credentials: SignedCredentialsService) {}

  /** did:web puts the document of a DID with a path at <path>/did.json; behind a proxy that strips the path, that is /did.json here. */
  @Get(['.well-known/did.json', 'did.json'])
  @Public()
  @Header('Cache-Control', 'no-cache')
  @Header('Content-Type', 'application/did+json')
  didDocument() {
    return this.credentials.didDocument();
  }

  @Get('certificates/:id/open-badge.json')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async openBadge(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const { code, credential } = await this.credentials.openBadge(viewer, id);
    response.type('application/json').attachment(`open-badge-${code}.json`).send(JSON.stringify(credential, null, 2));
  }

  @Get('learner-record.json')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async learnerRecord(@CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const record = await this.credentials.learnerRecord(viewer);
    response.type('application/json').attachment('learner-record.json').send(JSON.stringify(record, null, 2));
  }
}
