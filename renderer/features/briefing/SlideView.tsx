/** The slide component for each slide id (or a failing one when a test injects a fault). */
import type { ComponentType } from 'react';
import { CheckpointsSlide } from './slides/CheckpointsSlide';
import { MapSlide } from './slides/MapSlide';
import { OvernightSlide } from './slides/OvernightSlide';
import type { SlideProps } from './slides/slideProps';
import { SitesSlide } from './slides/SitesSlide';
import { SweepSlide } from './slides/SweepSlide';
import { TasksSlide } from './slides/TasksSlide';
import { FaultySlide, injectedSlideFault } from './slideFault';
import type { SlideId } from './slides';

const components: Record<SlideId, ComponentType<SlideProps>> = {
  overnight: OvernightSlide,
  sweep: SweepSlide,
  map: MapSlide,
  checkpoints: CheckpointsSlide,
  sites: SitesSlide,
  tasks: TasksSlide,
};

export function SlideView({ id, ...props }: SlideProps & { id: SlideId }) {
  const Slide = injectedSlideFault(id) ? FaultySlide : components[id];
  return <Slide {...props} />;
}
