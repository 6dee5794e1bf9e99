// A sparse 2-D store (row-major, 0-based) that follows row and column insertions and deletions.

export class Grid<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (!row) {
      if (v === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = v;
  }

  /** Rows that hold at least one defined value (used for last row / last column). */
  *entries(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) yield [r, c, v];
      }
    }
  }

  rowCount(): number {
    return this.rows.length;
  }

  row(r: number): ReadonlyArray<T | undefined> | undefined {
    return this.rows[r];
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (row && at < row.length) row.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) if (row && at < row.length) row.splice(at, count);
  }

  clear(): void {
    this.rows = [];
  }
}
