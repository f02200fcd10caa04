import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SecretBox } from './secret-box';
import { secretBoxFor } from './secrets-keys';

@Global()
@Module({
  providers: [{ provide: SecretBox, inject: [APP_CONFIG], useFactory: (config: AppConfig) => secretBoxFor(config) }],
  exports: [SecretBox],
})
export class SecretsModule {}
