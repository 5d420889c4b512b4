/** Two made-up people for the delete, archive and merge tests, and a way to save a third. */
import { saveContact } from '../../src/db/contacts-repo.ts';
import type { ConfabDb } from '../../src/db/database.ts';
import { avery } from './test-db.ts';

export const jordan = {
  ...avery,
  name: 'Jordan Reyes',
  headline: 'Nurse',
  currentTitle: 'Director of Nursing',
  currentCompany: 'Beacon Health',
  location: 'Leeds',
  url: 'https://www.linkedin.com/in/jordan-reyes/',
};

export async function savePerson(db: ConfabDb, slug: string, name: string, at: Date) {
  return saveContact(db, { fields: { ...avery, name, url: `https://www.linkedin.com/in/${slug}/` }, capture: null }, at);
}
