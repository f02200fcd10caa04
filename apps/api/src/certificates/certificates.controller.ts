import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Public, SignedIn } from '../auth/policy.decorators';
import type { Viewer } from '../auth/viewer';
import { CertificateDocumentsService } from './certificate-documents.service';
import { SigningKeysService } from './signing-keys.service';
import { StatusListsService } from './status-lists.service';

/**
 * The file routes. The key set and status lists are public and stable: verifiers fetch them by
 * the URLs written into every credential.
 */
@Controller()
export class CertificatesController {
  constructor(
    private readonly documents: CertificateDocumentsService,
    private readonly keys: SigningKeysService,
    private readonly statusLists: StatusListsService,
  ) {}

  @Get('certificates/:id/certificate.pdf')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async pdf(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const { code, pdf } = await this.documents.pdf(viewer, id);
    response.type('application/pdf').attachment(`certificate-${code}.pdf`).send(pdf);
  }

  @Get('certificates/:id/credential.json')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async credential(@Param('id') id: string, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const { code, compactJwsString } = await this.documents.credential(viewer, id);
    response.type('application/json').attachment(`credential-${code}.json`).send(JSON.stringify({ compactJwsString }));
  }

  @Get('.well-known/jwks.json')
  @Public()
  @Header('Cache-Control', 'no-cache')
  @Header('Content-Type', 'application/jwk-set+json')
  jwks() {
    return this.keys.keySet();
  }

  @Get('credentials/status/:listId')
  @Public()
  @Header('Cache-Control', 'no-cache')
  @Header('Content-Type', 'application/vc+jwt')
  async statusList(@Param('listId') listId: string): Promise<string> {
    const signed = /^\d{1,9}$/.test(listId) ? await this.statusLists.signedList(Number(listId)) : null;
    if (!signed) throw new NotFoundException('No status list has that id.');
    return signed;
  }
}
