import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { channelLabels, channels } from '../../core/drafting/channels.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { isEditedBuiltIn, templatesFor, type Template } from '../../core/drafting/templates.ts';
import { channelLimitText } from './channel-limits.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { TemplateEditor } from './template-editor.tsx';
import { blankTemplate, removeTemplate } from './template-store.ts';
import { useSave } from '../../ui/use-save.ts';

/** Which editor is open: one at a time, so the page never holds two unsaved versions of a template. */
type Open = { id: string } | { fresh: Template } | null;

export function TemplatesSection({ settings }: { settings: Settings }) {
  const [open, setOpen] = useState<Open>(null);
  const { status, setStatus, save } = useSave();
  // Where focus goes when an editor closes: its Edit button, or Add after a delete.
  const returnFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (open || !returnFocus.current) return;
    // A new template's button appears once the saved settings come back: wait for it.
    const target = document.getElementById(returnFocus.current);
    if (!target) return;
    target.focus();
    returnFocus.current = null;
  });

  const close = (focusId: string) => {
    returnFocus.current = focusId;
    setOpen(null);
  };
  const remove = async (template: Template) => {
    if (await save({ templates: removeTemplate(settings.templates, template.id) }, `Deleted “${template.name}”.`)) close('template-add');
  };
  const editor = (template: Template, isNew: boolean) => (
    <TemplateEditor
      key={template.id}
      template={template}
      isNew={isNew}
      settings={settings}
      level={isNew ? 3 : 4}
      onSaved={(saved) => {
        if (!isNew) return;
        setStatus({ kind: 'ok', message: `Added “${saved.name}” to ${channelLabels[saved.channel]}.` });
        close(`template-edit-${saved.id}`);
      }}
      onDelete={() => void remove(template)}
      onClose={() => close(isNew ? 'template-add' : `template-edit-${template.id}`)}
    />
  );

  return (
    <SectionCard
      id="templates"
      intro="Every request starts from one of these. Make the built-ins your own, or add templates of your own; the preview shows how each reads."
    >
      {channels.map((channel) => (
        <div class="channel-group" key={channel}>
          <h3 id={`templates-${channel}`}>{channelLabels[channel]}</h3>
          <p class="muted">{channelLimitText(channel, settings)}</p>
          <ul class="template-list" aria-labelledby={`templates-${channel}`}>
            {templatesFor(channel, settings.templates).map((template) => {
              const editing = open && 'id' in open && open.id === template.id;
              return (
                <li key={template.id} class={editing ? 'open' : ''}>
                  <div class="template-row">
                    <div class="template-summary">
                      <span class="template-name">
                        <strong>{template.name}</strong> <TemplateTag template={template} />
                      </span>
                      <span class="excerpt">{template.body}</span>
                    </div>
                    <button
                      type="button"
                      id={`template-edit-${template.id}`}
                      aria-expanded={!!editing}
                      aria-label={`${editing ? 'Close' : 'Edit'} ${template.name}`}
                      onClick={() => (editing ? close(`template-edit-${template.id}`) : setOpen({ id: template.id }))}
                    >
                      {editing ? 'Close' : 'Edit'}
                    </button>
                  </div>
                  {editing && editor(template, false)}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <SaveStatusLine status={status} />
      {open && 'fresh' in open ? (
        editor(open.fresh, true)
      ) : (
        <div class="row">
          <button type="button" id="template-add" onClick={() => setOpen({ fresh: blankTemplate('message') })}>
            Add your own template
          </button>
        </div>
      )}
    </SectionCard>
  );
}

function TemplateTag({ template }: { template: Template }) {
  if (!template.builtIn) return <span class="pill own">Yours</span>;
  return <span class="pill">{isEditedBuiltIn(template) ? 'Built-in, edited' : 'Built-in'}</span>;
}
