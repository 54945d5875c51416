import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { Opportunity, Stage } from '../../../contracts/opportunities';

export type DealData = { deal: Opportunity };
export type StageData = { stage: Stage };

/** The pointer's column while dragging with a mouse; for the keyboard, the column the card overlaps most. */
export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/**
 * Left and right arrows carry the card to the next column on that side of the screen. Columns are
 * found by where they are drawn, so in right-to-left Persian "left" is still the column on the left.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight') return undefined;
  event.preventDefault();
  const card = context.collisionRect;
  if (!card) return undefined;
  const center = card.left + card.width / 2;
  const columns = [...context.droppableRects.values()];
  const candidates =
    event.code === 'ArrowRight'
      ? columns.filter((rect) => rect.left + rect.width / 2 > center + 1).sort((a, b) => a.left - b.left)
      : columns.filter((rect) => rect.left + rect.width / 2 < center - 1).sort((a, b) => b.left - a.left);
  const target = candidates[0];
  if (!target) return currentCoordinates;
  return { x: target.left + (target.width - card.width) / 2, y: currentCoordinates.y };
};

export function useBoardSensors() {
  return useSensors(
    // A few pixels of travel before a drag starts, so a click still opens the deal.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
}

function dealName(data: unknown): string {
  return (data as DealData | undefined)?.deal.name ?? '';
}

function stageName(data: unknown): string {
  return (data as StageData | undefined)?.stage.name ?? '';
}

/** What a screen reader hears while a card is dragged, in the user's language. */
export function boardAnnouncements(t: TFunction): Announcements {
  return {
    onDragStart: ({ active }) => t('board.announce.start', { name: dealName(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over ? t('board.announce.over', { name: dealName(active.data.current), stage: stageName(over.data.current) }) : t('board.announce.outside', { name: dealName(active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over ? t('board.announce.dropped', { name: dealName(active.data.current), stage: stageName(over.data.current) }) : t('board.announce.cancelled', { name: dealName(active.data.current) }),
    onDragCancel: ({ active }) => t('board.announce.cancelled', { name: dealName(active.data.current) }),
  };
}

export function boardInstructions(t: TFunction): ScreenReaderInstructions {
  return { draggable: t('board.instructions') };
}
