import { Inject, Injectable } from '@nestjs/common';
import { toDataURL } from 'qrcode';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ROLES_NEEDING_TWO_FACTOR } from '../auth/two-factor-requirement';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SecretBox } from '../secrets/secret-box';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpUri } from './totp';
import { TwoFactorCodes, twoFactorSecretContext } from './two-factor-codes';
import { enableTwoFactor, removeTwoFactor, replaceRecoveryCodes, savePendingSecret, twoFactorState } from './two-factor-records';

export interface TwoFactorSetup {
  secret: string;
  otpauthUri: string;
  qrCode: string;
}

/** Turning two-factor on and off, by the account itself, and an admin's reset for a lost device. */
@Injectable()
export class TwoFactorSetupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly codes: TwoFactorCodes,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(viewer: Viewer) {
    const state = await twoFactorState(this.dataSource, viewer.id);
    return {
      enabled: Boolean(state?.enabledAt),
      required: viewer.roles.some((role) => ROLES_NEEDING_TWO_FACTOR.includes(role)),
      recoveryCodesLeft: state?.enabledAt ? Number(state.recoveryCodesLeft) : 0,
    };
  }

  /** A new secret for the authenticator app; two-factor is on only once a first code confirms it. */
  async begin(viewer: Viewer): Promise<TwoFactorSetup> {
    const secret = newTotpSecret();
    if (!(await savePendingSecret(this.dataSource, viewer.id, this.secrets.seal(secret, twoFactorSecretContext(viewer.id))))) {
      throw new PlatformError('TWO_FACTOR_ALREADY_ENABLED', 'Two-factor sign-in is already on for this account. Turn it off first to use another device.');
    }
    const otpauthUri = totpUri(secret, this.config.issuerName, viewer.email);
    return { secret, otpauthUri, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** The first code from the app turns two-factor on; answers the recovery codes, shown this once. */
  confirm(viewer: Viewer, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await this.codes.lockSecret(manager, viewer.id);
      if (!pending) throw new PlatformError('TWO_FACTOR_SETUP_NOT_STARTED', 'Start setting up two-factor sign-in first, then enter a code from the app.');
      if (pending.enabledAt) throw new PlatformError('TWO_FACTOR_ALREADY_ENABLED', 'Two-factor sign-in is already on for this account.');
      await this.codes.accept(manager, viewer.id, code, { recoveryCodes: false });
      const recoveryCodes = newRecoveryCodes();
      await enableTwoFactor(manager, viewer.id, recoveryCodes.map(hashRecoveryCode));
      await this.audit.record(manager, { actorId: viewer.id, action: 'TWO_FACTOR_ENABLED', subjectUserId: viewer.id });
      return recoveryCodes;
    });
  }

  /** New recovery codes in place of the old ones, for a current code of the app. */
  newRecoveryCodes(viewer: Viewer, code: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEnabled(manager, viewer.id);
      await this.codes.accept(manager, viewer.id, code, { recoveryCodes: false });
      const recoveryCodes = newRecoveryCodes();
      await replaceRecoveryCodes(manager, viewer.id, recoveryCodes.map(hashRecoveryCode));
      await this.audit.record(manager, { actorId: viewer.id, action: 'TWO_FACTOR_RECOVERY_CODES_REPLACED', subjectUserId: viewer.id });
      return recoveryCodes;
    });
  }

  /** Turns it off for a code of the app or a recovery code; an admin or reviewer then cannot use the role until it is on again. */
  turnOff(viewer: Viewer, code: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireEnabled(manager, viewer.id);
      const factor = await this.codes.accept(manager, viewer.id, code, { recoveryCodes: true });
      await removeTwoFactor(manager, viewer.id);
      await this.audit.record(manager, { actorId: viewer.id, action: 'TWO_FACTOR_DISABLED', subjectUserId: viewer.id, details: { with: factor } });
    });
  }

  /** For an account whose device and recovery codes are lost: another admin turns two-factor off, and the account sets it up again. */
  reset(admin: Viewer, userId: string): Promise<boolean> {
    if (admin.id === userId) {
      throw new PlatformError('FORBIDDEN', 'Another admin must reset your two-factor sign-in; use a recovery code to turn it off yourself.');
    }
    return this.dataSource.transaction(async (manager) => {
      const removed = await removeTwoFactor(manager, userId);
      if (removed) await this.audit.record(manager, { actorId: admin.id, action: 'TWO_FACTOR_RESET', subjectUserId: userId });
      return removed;
    });
  }

  private async requireEnabled(manager: Parameters<TwoFactorCodes['lockSecret']>[0], userId: string): Promise<void> {
    const found = await this.codes.lockSecret(manager, userId);
    if (!found?.enabledAt) throw new PlatformError('TWO_FACTOR_SETUP_NOT_STARTED', 'Two-factor sign-in is not on for this account.');
  }
}
