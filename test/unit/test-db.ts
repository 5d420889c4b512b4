import 'fake-indexeddb/auto';
import { openDatabase, type ConfabDb } from '../../src/db/database.ts';

let counter = 0;

/** A fresh, real Dexie database on fake-indexeddb for each test. */
export function freshDb(): ConfabDb {
  counter += 1;
  return openDatabase(`confab-test-${process.pid}-${counter}`);
}

export const avery = {
  name: 'Avery Quinlan',
  headline: 'Product designer helping nonprofits ship accessible tools',
  currentTitle: 'Senior Product Designer',
  currentCompany: 'Harbor Light Labs',
  location: 'Portland, Oregon, United States',
  url: 'https://www.linkedin.com/in/avery-quinlan/',
  notes: '',
};
