import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { encodeStatusList, STATUS_LIST_LENGTH } from './bitstring-status-list';
import { platformIssuer, statusListCredential } from './open-badge';
import { SigningKeysService } from './signing-keys.service';
import { signCompactJws } from './vc-jwt';

export interface StatusEntry {
  listId: number;
  index: number;
}

/** Random picks tried per issue before the newest list counts as full enough to open another. */
const CANDIDATES = 8;

/**
 * Revocation entries. Indexes are drawn at random so an entry says nothing about when a
 * certificate was issued or whose it is; once random draws keep hitting used entries (about half
 * full) a new list is opened, so every list stays a large crowd to hide a revocation in.
 */
@Injectable()
export class StatusListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A free entry; two transactions may draw the same one, which the unique constraint settles. */
  async drawEntry(manager: EntityManager): Promise<StatusEntry> {
    const [list] = await manager.query(`SELECT id, length FROM credential_status_list ORDER BY id DESC LIMIT 1`);
    const candidates = Array.from({ length: CANDIDATES }, () => randomInt(list.length));
    const [free] = await manager.query(
      `SELECT candidate AS index FROM unnest($2::int[]) WITH ORDINALITY AS c(candidate, position)
        WHERE NOT EXISTS (SELECT 1 FROM certificate WHERE status_list_id = $1 AND status_index = c.candidate)
        ORDER BY position LIMIT 1`,
      [list.id, candidates],
    );
    if (free) return { listId: list.id, index: free.index };
    const [opened] = await manager.query(`INSERT INTO credential_status_list (length) VALUES ($1) RETURNING id`, [STATUS_LIST_LENGTH]);
    return { listId: opened.id, index: randomInt(STATUS_LIST_LENGTH) };
  }

  /** The signed status list credential as it stands now, or null for an unknown list. */
  async signedList(listId: number): Promise<string | null> {
    const [list] = await this.dataSource.query(
      `SELECT l.length, greatest(l.created_at, max(c.revoked_at)) AS "changedAt",
              coalesce(array_agg(c.status_index) FILTER (WHERE c.status_index IS NOT NULL), '{}') AS revoked
         FROM credential_status_list l
         LEFT JOIN certificate c ON c.status_list_id = l.id AND c.revoked_at IS NOT NULL
        WHERE l.id = $1
        GROUP BY l.id`,
      [listId],
    );
    if (!list) return null;
    const credential = statusListCredential(listId, encodeStatusList(list.length, list.revoked), list.changedAt, platformIssuer(this.config));
    return signCompactJws(credential, await this.keys.activeKey());
  }
}
