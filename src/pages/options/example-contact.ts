import { valuesFor, type SenderProfile, type TemplateContact, type TemplateValues } from '../../core/drafting/template-variables.ts';

/**
 * A made-up person to fill the preview with (the same one the sample profile shows). The user's own
 * side comes from their settings, so a gap in the preview is a gap in every real draft too.
 */
export const exampleContact: TemplateContact = {
  name: 'Avery Quinlan',
  currentTitle: 'Senior Product Designer',
  currentCompany: 'Harbor Light Labs',
  connection: 'we both studied design at the University of Michigan',
};

export function exampleValues(sender: SenderProfile): TemplateValues {
  return valuesFor(exampleContact, sender);
}
