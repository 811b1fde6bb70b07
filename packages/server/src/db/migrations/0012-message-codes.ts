import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Import errors, import job outcomes and notices keep a stable code and a JSON array of parameters instead of the
 * rendered Indonesian and English text; the text is rendered from the imports message catalogue when read,
 * so wording can be corrected (or a language added) without rewriting stored rows.
 *
 * Rows written before this migration have no parameters: their text moves, unchanged, into `legacy_message`
 * / `legacy_message_en` and is shown as it was (params stay null). Parsing the old text back into parameters
 * would be guesswork, and a wrong guess would show a wrong message.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  // import_errors: `message` columns were NOT NULL, which SQLite cannot relax in place, so copy then drop.
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  for (const column of ['params', 'legacy_message', 'legacy_message_en']) {
    await db.schema.alterTable('import_errors').addColumn(column, 'text').execute();
  }
  await sql`update import_errors set legacy_message = message, legacy_message_en = message_en`.execute(db);
  await db.schema.alterTable('import_errors').dropColumn('message').execute();
  await db.schema.alterTable('import_errors').dropColumn('message_en').execute();

  // import_jobs: the outcome message was already nullable; a rename keeps the old text where it was.
  await db.schema.alterTable('import_jobs').renameColumn('message', 'legacy_message').execute();
  await db.schema.alterTable('import_jobs').renameColumn('message_en', 'legacy_message_en').execute();
  for (const column of ['message_code', 'message_params']) {
    await db.schema.alterTable('import_jobs').addColumn(column, 'text').execute();
  }

  // notices: the kind is the code; `params` holds the message's parameters. Same copy-then-drop as above.
  for (const column of ['params', 'legacy_message', 'legacy_message_en']) {
    await db.schema.alterTable('notices').addColumn(column, 'text').execute();
  }
  await sql`update notices set legacy_message = message, legacy_message_en = message_en`.execute(db);
  await db.schema.alterTable('notices').dropColumn('message').execute();
  await db.schema.alterTable('notices').dropColumn('message_en').execute();
}
