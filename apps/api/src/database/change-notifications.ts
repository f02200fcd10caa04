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

  constructor(private readonly dataSource: DataSource) {}

  get listening(): boolean {
    return this.connected;
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
    client.on('notification', ({ channel }) => this.subscribers.get(channel)?.forEach((subscriber) => subscriber.changed()));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
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
    this.resyncAll();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`Not hearing database changes (${error.message}); caches read through until it is back, tried again in ${this.retryMs / 1000} s.`);
    this.retry = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  private resyncAll(): void {
    for (const subscribers of this.subscribers.values()) subscribers.forEach((subscriber) => subscriber.resync());
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
