import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the emulated site lives: an embedded SQLite database (a file under .data/ by default, or in
 * memory for tests). The site keeps its working copy in memory and writes every change through, so a
 * restarted `npm start` finds its lists and items as it left them.
 */
export class Store {
  private readonly database: DatabaseSync;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.database = new DatabaseSync(file);
    this.database.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list_id, id));
    `);
  }

  readDocument<T>(key: string): T | undefined {
    const row = this.database.prepare('SELECT json FROM documents WHERE key = ?').get(key) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  writeDocument(key: string, value: unknown): void {
    this.database.prepare('INSERT INTO documents (key, json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json').run(key, JSON.stringify(value));
  }

  readItems<T>(listId: string): T[] {
    return (this.database.prepare('SELECT json FROM items WHERE list_id = ? ORDER BY id').all(listId) as Array<{ json: string }>).map(
      (row) => JSON.parse(row.json) as T
    );
  }

  writeItem(listId: string, id: number, value: unknown): void {
    this.database
      .prepare('INSERT INTO items (list_id, id, json) VALUES (?, ?, ?) ON CONFLICT(list_id, id) DO UPDATE SET json = excluded.json')
      .run(listId, id, JSON.stringify(value));
  }

  deleteItem(listId: string, id: number): void {
    this.database.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
  }

  /** Runs many writes as one transaction: seeding 50,000 items should not take 50,000 fsyncs. */
  transaction(work: () => void): void {
    this.database.exec('BEGIN');
    try {
      work();
      this.database.exec('COMMIT');
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.database.close();
  }
}
