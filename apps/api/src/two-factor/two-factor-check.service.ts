import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TwoFactorCheck } from '../auth/two-factor-requirement';
import { isTwoFactorEnabled } from './two-factor-records';

@Injectable()
export class TwoFactorCheckService extends TwoFactorCheck {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  isEnabled(userId: string): Promise<boolean> {
    return isTwoFactorEnabled(this.dataSource, userId);
  }
}
