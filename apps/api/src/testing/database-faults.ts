import { mkdtempSync } from 'node:fs';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../app';
import { readConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { createTestDatabase } from './test-database';

type Mode = 'up' | 'down' | 'hung';

interface Link {
  client: net.Socket;
  server: net.Socket;
  /** What each side sent while the database hung, delivered when it answers again. */
  held: { toServer: Buffer[]; toClient: Buffer[] };
  /** Never to carry anything again, as when the network under a connection is gone. */
  lost?: boolean;
}

/**
 * A TCP hop between the API and PostgreSQL that a test can take down (connections reset, as when
 * the server stops) or hang (nothing answered, as when the server or its network freezes)
 * without touching the PostgreSQL that the other test files share.
 */
export class DatabaseProxy {
  private mode: Mode = 'up';
  private readonly links = new Set<Link>();

  private constructor(
    private readonly listener: net.Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(databaseUrl: string): Promise<DatabaseProxy> {
    const target = new URL(databaseUrl);
    let proxy: DatabaseProxy | undefined;
    const listener = net.createServer((client) => proxy!.accept(client));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    proxy = new DatabaseProxy(listener, { host: target.hostname, port: Number(target.port || 5432) });
    return proxy;
  }

  /** The same database, reached through this proxy. */
  urlOf(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String((this.listener.address() as net.AddressInfo).port);
    return url.toString();
  }

  down(): void {
    this.mode = 'down';
    for (const link of this.links) this.cut(link);
  }

  hang(): void {
    this.mode = 'hung';
  }

  /**
   * Back to normal; what was held while hung goes through, as when a frozen server resumes.
   * Connections lost earlier are closed at last, as TCP gives up on them in the end.
   */
  up(): void {
    this.mode = 'up';
    for (const link of this.links) {
      if (link.lost) {
        this.cut(link);
        continue;
      }
      for (const chunk of link.held.toServer.splice(0)) link.server.write(chunk);
      for (const chunk of link.held.toClient.splice(0)) link.client.write(chunk);
    }
  }

  /**
   * Back to normal for new connections; the ones caught waiting for a reply while the database
   * hung never get it, nor carry anything more, as when their network went away.
   */
  loseWaitingConnections(): void {
    this.mode = 'up';
    for (const link of this.links) link.lost = link.held.toServer.length > 0 || link.held.toClient.length > 0;
  }

  async close(): Promise<void> {
    for (const link of this.links) this.cut(link);
    await new Promise((resolve) => this.listener.close(resolve));
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'down') return void client.resetAndDestroy();
    const server = net.connect(this.target.port, this.target.host);
    const link: Link = { client, server, held: { toServer: [], toClient: [] } };
    this.links.add(link);
    const pass = (chunk: Buffer, held: Buffer[], to: net.Socket) => {
      if (link.lost) return;
      if (this.mode === 'hung') held.push(chunk);
      else to.write(chunk);
    };
    client.on('data', (chunk) => pass(chunk, link.held.toServer, server));
    server.on('data', (chunk) => pass(chunk, link.held.toClient, client));
    for (const socket of [client, server]) {
      socket.on('error', () => this.cut(link));
      socket.on('close', () => this.cut(link));
    }
  }

  private cut(link: Link): void {
    this.links.delete(link);
    if (!link.client.destroyed) link.client.resetAndDestroy();
    if (!link.server.destroyed) link.server.destroy();
  }
}

export interface ProxiedTestApp {
  app: NestExpressApplication;
  /** Straight to the test database, for writing test data and holding locks whatever the proxy does. */
  direct: DataSource;
  proxy: DatabaseProxy;
  close(): Promise<void>;
}

/** The real application on a fresh test database that it reaches only through a DatabaseProxy. */
export async function createProxiedTestApp(): Promise<ProxiedTestApp> {
  const database = await createTestDatabase();
  const proxy = await DatabaseProxy.start(database.url);
  const dataSource = await new DataSource(dataSourceOptions(proxy.urlOf(database.url))).initialize();
  const config = { ...readConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL || 'silent' }), dataDir: mkdtempSync(path.join(tmpdir(), 'database-faults-')) };
  const app = await createApp(config, dataSource);
  return {
    app,
    direct: database.dataSource,
    proxy,
    async close() {
      proxy.up();
      await app.close();
      await dataSource.destroy();
      await proxy.close();
      await database.drop();
    },
  };
}
