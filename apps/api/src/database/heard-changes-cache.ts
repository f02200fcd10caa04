import type { ChangeNotifications, ChangeSubscriber } from './change-notifications';

/**
 * Values read from tables any process may change, kept in this process until a change on the
 * channel is heard, when all are dropped. A read is kept from the moment it is asked, so a
 * change committed while it runs drops it too. Nothing is kept while changes cannot be heard,
 * nor a null (unknown keys must not fill memory), nor more than `maxEntries` keys.
 */
export class HeardChangesCache<Value> implements ChangeSubscriber {
  private readonly kept = new Map<string, Promise<Value>>();

  constructor(
    private readonly notifications: ChangeNotifications,
    channel: string,
    private readonly maxEntries = 1_000,
  ) {
    notifications.subscribe(channel, this);
  }

  changed(): void {
    this.kept.clear();
  }

  resync(): void {
    this.kept.clear();
  }

  get(key: string, read: () => Promise<Value>): Promise<Value> {
    const kept = this.kept.get(key);
    if (kept) return kept;
    const value = read();
    if (!this.notifications.listening || this.kept.size >= this.maxEntries) return value;
    this.kept.set(key, value);
    const forget = () => this.kept.get(key) === value && this.kept.delete(key);
    value.then((found) => found === null && forget(), forget);
    return value;
  }
}
