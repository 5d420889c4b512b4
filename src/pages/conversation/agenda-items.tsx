import { useEffect, useRef, useState } from 'preact/hooks';
import type { Agenda, AgendaItem, AgendaItemKind } from '../../core/conversation/agenda.ts';
import { moveItemDown, moveItemTo, moveItemUp, removeItem, updateItem } from '../../core/conversation/agenda-edit.ts';
import { shortLabel } from './short-label.ts';

const kindLabels: Record<AgendaItemKind, string> = { intro: 'Intro', question: 'Question', referral: 'Referral', 'wrap-up': 'Wrap-up' };

interface Props {
  agenda: Agenda;
  onChange: (next: Agenda) => void;
  announce: (message: string) => void;
}

/** Where focus goes after a keyboard edit: the same control on the moved item, or a neighbour after a removal. */
type FocusRequest = { id: string; control: 'up' | 'down' | 'remove' } | null;

/**
 * The agenda's items in order. Reordered by dragging the handle (HTML5 drag and drop) or with the
 * move buttons, which keep focus on the item they moved; each move is announced in the live region.
 */
export function AgendaItems({ agenda, onChange, announce }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<FocusRequest>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const total = agenda.items.length;

  useEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-item-id="${focus.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]`);
    // At the top "Move up" is disabled: stay on the item with its other move button.
    const other = row?.querySelector<HTMLButtonElement>(`[data-control="${focus.control === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocus(null);
  }, [focus]);

  const moved = (next: Agenda, item: AgendaItem) => {
    onChange(next);
    const position = next.items.findIndex((i) => i.id === item.id) + 1;
    announce(`Moved '${shortLabel(item.text)}' to position ${position} of ${total}.`);
  };
  const move = (item: AgendaItem, direction: 'up' | 'down') => {
    moved(direction === 'up' ? moveItemUp(agenda, item.id) : moveItemDown(agenda, item.id), item);
    setFocus({ id: item.id, control: direction });
  };
  const remove = (item: AgendaItem, index: number) => {
    onChange(removeItem(agenda, item.id));
    announce(`Removed '${shortLabel(item.text)}'.`);
    const neighbour = agenda.items[index + 1] ?? agenda.items[index - 1];
    if (neighbour) setFocus({ id: neighbour.id, control: 'remove' });
  };
  const drop = (target: AgendaItem, index: number) => {
    const dragged = agenda.items.find((i) => i.id === dragId);
    if (dragged && dragged.id !== target.id) moved(moveItemTo(agenda, dragged.id, index), dragged);
    setDragId(null);
    setOverId(null);
  };

  if (total === 0) return <p class="muted">No items yet: add questions below.</p>;
  return (
    <ol class="agenda-items" ref={list} aria-labelledby="items-heading">
      {agenda.items.map((item, index) => {
        const name = shortLabel(item.text);
        const classes = ['agenda-item', dragId === item.id && 'dragging', overId === item.id && dragId !== item.id && 'drop-target'];
        return (
          <li
            key={item.id}
            data-item-id={item.id}
            class={classes.filter(Boolean).join(' ')}
            onDragOver={(e) => {
              if (!dragId) return;
              e.preventDefault();
              if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
              setOverId(item.id);
            }}
            onDrop={(e) => {
              e.preventDefault();
              drop(item, index);
            }}
          >
            <span
              class="drag-handle"
              draggable
              aria-hidden="true"
              title="Drag to reorder"
              data-testid={`drag-${item.id}`}
              onDragStart={(e) => {
                e.dataTransfer?.setData('text/plain', item.text);
                if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                const row = e.currentTarget.parentElement;
                if (row) e.dataTransfer?.setDragImage(row, 16, 16);
                setDragId(item.id);
              }}
              onDragEnd={() => {
                setDragId(null);
                setOverId(null);
              }}
            />
            <span class={`kind kind-${item.kind}`}>
              {index + 1}. {kindLabels[item.kind]}
            </span>
            <input
              type="text"
              class="item-text"
              maxLength={500}
              aria-label={`Item ${index + 1}, ${kindLabels[item.kind].toLowerCase()}`}
              aria-invalid={item.text.trim() === ''}
              value={item.text}
              onInput={(e) => onChange(updateItem(agenda, item.id, { text: e.currentTarget.value }))}
            />
            <label class="item-minutes">
              <input
                type="number"
                min={0}
                max={240}
                step={1}
                aria-label={`Minutes for '${name}'`}
                value={item.minutes}
                onInput={(e) => {
                  const value = e.currentTarget.valueAsNumber;
                  if (Number.isInteger(value) && value >= 0 && value <= 240) onChange(updateItem(agenda, item.id, { minutes: value }));
                }}
              />
              <span aria-hidden="true">min</span>
            </label>
            <span class="item-actions">
              <button
                type="button"
                class="icon"
                data-control="up"
                aria-label={`Move '${name}' up`}
                title="Move up"
                disabled={index === 0}
                onClick={() => move(item, 'up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="icon"
                data-control="down"
                aria-label={`Move '${name}' down`}
                title="Move down"
                disabled={index === total - 1}
                onClick={() => move(item, 'down')}
              >
                ↓
              </button>
              <button
                type="button"
                class="icon"
                data-control="remove"
                aria-label={`Remove '${name}'`}
                title="Remove"
                onClick={() => remove(item, index)}
              >
                ✕
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
