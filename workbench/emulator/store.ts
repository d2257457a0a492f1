import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the emulated site lives: an embedded SQLite database (a file under .data/ by default, or in
 * memory for tests). The site keeps its working copy in memory and writes every change through, so a
 * restarted `npm start` finds its lists and items as it left them.
 */
export class Store {
  private readonly database: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();

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
    const row = this.statement('SELECT json FROM documents WHERE key = ?').get(key) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  writeDocument(key: string, value: unknown): void {
    this.statement('INSERT INTO documents (key, json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json').run(key, JSON.stringify(value));
  }

  readItems<T>(listId: string): T[] {
    return (this.statement('SELECT json FROM items WHERE list_id = ? ORDER BY id').all(listId) as Array<{ json: string }>).map(
      (row) => JSON.parse(row.json) as T
    );
  }

  writeItem(listId: string, id: number, value: unknown): void {
    this.statement('INSERT INTO items (list_id, id, json) VALUES (?, ?, ?) ON CONFLICT(list_id, id) DO UPDATE SET json = excluded.json')
      .run(listId, id, JSON.stringify(value));
  }

  deleteItem(listId: string, id: number): void {
    this.statement('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
  }

  deleteDocument(key: string): void {
    this.statement('DELETE FROM documents WHERE key = ?').run(key);
  }

  deleteItems(listId: string): void {
    this.statement('DELETE FROM items WHERE list_id = ?').run(listId);
  }

  /** Each statement is compiled once: an import writes thousands of items through the same few. */
  private statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private depth = 0;

  /**
   * Runs writes as one transaction: all of them are on disk when it returns, or none is. A change that
   * touches more than one row (an item and its list's next id) must never be half written by a crash.
   * Nested calls join the outer transaction.
   */
  transaction<T>(work: () => T): T {
    if (this.depth > 0) return this.nested(work);
    this.database.exec('BEGIN IMMEDIATE');
    try {
      const result = this.nested(work);
      this.database.exec('COMMIT');
      return result;
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    }
  }

  private nested<T>(work: () => T): T {
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
    }
  }

  close(): void {
    this.database.close();
  }
}
