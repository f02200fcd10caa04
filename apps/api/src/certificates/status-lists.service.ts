import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { firstFreeStatusIndex } from './certificate-records';
import { newestStatusList, openStatusList, statusListWithRevocations } from './credential-records';
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
    const list = await newestStatusList(manager);
    const candidates = Array.from({ length: CANDIDATES }, () => randomInt(list.length));
    const free = await firstFreeStatusIndex(manager, list.id, candidates);
    if (free !== null) return { listId: list.id, index: free };
    return { listId: await openStatusList(manager, STATUS_LIST_LENGTH), index: randomInt(STATUS_LIST_LENGTH) };
  }

  /**
   * The signed status list credential as it stands now, or null for an unknown list. Each process
   * keeps the list it last signed and signs again once the revocations in it change (so on every
   * revocation, whichever process made it) or half its validity has passed, so a verifier always
   * gets a list with at least half a day to run, from any replica, with no job to schedule.
   */
  async signedList(listId: number, now = new Date()): Promise<string | null> {
    const list = await statusListWithRevocations(this.dataSource, listId);
    if (!list) return null;
    const encodedList = encodeStatusList(list.length, list.revoked);
    const key = await this.keys.activeKey();
    const kept = this.signed.get(listId);
    const age = kept ? now.getTime() - kept.signedAt.getTime() : Infinity;
    if (kept && kept.encodedList === encodedList && kept.kid === key.kid && age >= 0 && age < STATUS_LIST_VALIDITY_MS / 2) return kept.token;
    const window = { from: new Date(now.getTime() - CLOCK_LEEWAY_MS), until: new Date(now.getTime() + STATUS_LIST_VALIDITY_MS) };
    const token = await signCompactJws(statusListCredential(listId, encodedList, window, platformIssuer(this.config)), key);
    this.signed.set(listId, { encodedList, kid: key.kid, signedAt: now, token });
    return token;
  }
}
