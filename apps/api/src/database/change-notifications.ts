import { randomUUID } from 'node:crypto';
import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { DATABASE_TIMEOUTS } from './data-source';

export interface ChangeSubscriber {
  /** A change was committed on the channel, by this process or another. */
  changed(): void;
  /**
   * Changes may have been missed: the connection went down, or has just come (back) up. Drop
   * whatever was kept from the channel's tables.
   */
  resync(): void;
}

const FIRST_RETRY_MS = 1_000;
/** This process's own notifications, which come back after every change committed before them. */
const CAUGHT_UP_CHANNEL = 'platform_caught_up';
const LAST_RETRY_MS = 30_000;

/**
 * PostgreSQL notifications, on one connection of this process's own, for what a process keeps in
 * memory of rows any process may change. A change is heard only while the connection is up, so
 * `listening` is false whenever it is not: a cache then reads through and keeps nothing. Every
 * subscriber is told to resync when the connection goes down and when it is back, since what was
 * said in between is lost.
 */
export class ChangeNotifications implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ChangeNotifications.name);
  private readonly subscribers = new Map<string, Set<ChangeSubscriber>>();
  private client: Client | null = null;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private stopped = true;
  private connected = false;
  private readonly awaitingCatchUp = new Map<string, () => void>();
  private sending: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get listening(): boolean {
    return this.connected;
  }

  /**
   * Resolves once every change committed before the call has been heard. PostgreSQL delivers
   * notifications in the order their transactions committed, so this process's own comes back
   * after all of them. At once while not listening, as nothing is kept then.
   */
  async caughtUp(): Promise<void> {
    const client = this.client;
    if (!this.connected || !client) return;
    const token = randomUUID();
    const heard = new Promise<void>((resolve) => this.awaitingCatchUp.set(token, resolve));
    // One statement at a time on the connection: each is sent after those asked before it.
    const sent = this.sending.then(() => client.query('SELECT pg_notify($1, $2)', [CAUGHT_UP_CHANNEL, token]));
    this.sending = sent.catch(() => undefined);
    await sent.catch(() => this.caughtUpWith(token));
    await heard;
  }

  /** Channels are fixed once the application has started: subscribe from a constructor. */
  subscribe(channel: string, subscriber: ChangeSubscriber): void {
    if (!this.stopped) throw new Error(`Subscribe to ${channel} before the notifications start.`);
    const subscribers = this.subscribers.get(channel) ?? new Set();
    subscribers.add(subscriber);
    this.subscribers.set(channel, subscribers);
  }

  /** Resolves once listening, or once the first try failed (retried in the background). */
  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    // An application built only to print its schema has no database to hear.
    if (this.dataSource.isInitialized) await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.connected = false;
    for (const token of [...this.awaitingCatchUp.keys()]) this.caughtUpWith(token);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.subscribers.size === 0) return;
    const client = new Client({
      connectionString: (this.dataSource.options as { url: string }).url,
      connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
      keepAlive: true,
      application_name: 'platform-change-notifications',
    });
    this.client = client;
    client.on('notification', ({ channel, payload }) => {
      if (channel === CAUGHT_UP_CHANNEL) return this.caughtUpWith(payload ?? '');
      this.subscribers.get(channel)?.forEach((subscriber) => subscriber.changed());
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      for (const channel of [CAUGHT_UP_CHANNEL, ...this.subscribers.keys()]) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return;
    this.connected = true;
    this.retryMs = FIRST_RETRY_MS;
    this.resyncAll();
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.connected = false;
    // Nothing is kept until the connection is back, so whoever waits is caught up.
    for (const token of [...this.awaitingCatchUp.keys()]) this.caughtUpWith(token);
    this.resyncAll();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`Not hearing database changes (${error.message}); caches read through until it is back, tried again in ${this.retryMs / 1000} s.`);
    this.retry = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  private caughtUpWith(token: string): void {
    this.awaitingCatchUp.get(token)?.();
    this.awaitingCatchUp.delete(token);
  }

  private resyncAll(): void {
    for (const subscribers of this.subscribers.values()) subscribers.forEach((subscriber) => subscriber.resync());
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
