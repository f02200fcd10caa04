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

/** How long a signed status list vouches for the entries in it; verifiers refuse it afterwards. */
export const STATUS_LIST_VALIDITY_MS = 24 * 60 * 60 * 1000;
/** A verifier whose clock runs a little behind ours still finds a fresh list already valid. */
const CLOCK_LEEWAY_MS = 5 * 60 * 1000;

/** Random picks tried per issue before the newest list counts as full enough to open another. */
const CANDIDATES = 8;

/**
 * Revocation entries. Indexes are drawn at random so an entry says nothing about when a
 * certificate was issued or whose it is; once random draws keep hitting used entries (about half
 * full) a new list is opened, so every list stays a large crowd to hide a revocation in.
 */
@Injectable()
export class StatusListsService {
  private readonly signed = new Map<number, { encodedList: string; kid: string; signedAt: Date; token: string }>();

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

  /**
   * The signed status list credential as it stands now, or null for an unknown list. Each process
   * keeps the list it last signed and signs again once the revocations in it change (so on every
   * revocation, whichever process made it) or half its validity has passed, so a verifier always
   * gets a list with at least half a day to run, from any replica, with no job to schedule.
   */
  async signedList(listId: number, now = new Date()): Promise<string | null> {
    const [list] = await this.dataSource.query(
      `SELECT l.length, coalesce(array_agg(c.status_index) FILTER (WHERE c.status_index IS NOT NULL), '{}') AS revoked
         FROM credential_status_list l
         LEFT JOIN certificate c ON c.status_list_id = l.id AND c.revoked_at IS NOT NULL
        WHERE l.id = $1
        GROUP BY l.id`,
      [listId],
    );
    if (!list) return null;
    const encodedList = encodeStatusList(list.length, list.revoked);
    const key = await this.keys.activeKey();
    const kept = this.signed.get(listId);
    const age = kept ? now.getTime() - kept.signedAt.getTime() : Infinity;
    if (kept && kept.encodedList === encodedList && kept.kid === key.kid && age >= 0 && age < STATUS_LIST_VALIDITY_MS / 2) return kept.token;
    const window = { from: new Date(now.getTime() - CLOCK_LEEWAY_MS), until: new Date(now.getTime() + STATUS_LIST_VALIDITY_MS) };
    const token = signCompactJws(statusListCredential(listId, encodedList, window, platformIssuer(this.config)), key);
    this.signed.set(listId, { encodedList, kid: key.kid, signedAt: now, token });
    return token;
  }
}
