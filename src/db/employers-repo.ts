/** The target employers (the LAMP list) and the contacts linked to them. */
import { employerSchema, duplicateEmployer, type Employer, type EmployerInput } from '../core/employers/employers.ts';
import { ContactError } from './contact-error.ts';
import type { ConfabDb } from './database.ts';

export async function saveEmployer(db: ConfabDb, input: EmployerInput): Promise<Employer> {
  const employer = employerSchema.parse(input);
  return db.transaction('rw', db.employers, async () => {
    const same = duplicateEmployer(employer.name, await db.employers.toArray(), employer.id);
    if (same) throw new ContactError(`“${same.name}” is already on your list.`);
    if (employer.id !== undefined && !(await db.employers.get(employer.id)))
      throw new ContactError('That employer is no longer on your list.');
    const id = await db.employers.put(employer);
    return { ...employer, id };
  });
}

/** Removes the employer; its contacts stay, unlinked. */
export async function deleteEmployer(db: ConfabDb, id: number, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', db.employers, db.contacts, async () => {
    const linked = await db.contacts.where('employerId').equals(id).modify({ employerId: null, updatedAt: now.toISOString() });
    await db.employers.delete(id);
    return linked;
  });
}
