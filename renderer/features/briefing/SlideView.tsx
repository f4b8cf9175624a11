/** The slide component for each slide id. */
import type { ComponentType } from 'react';
import { CheckpointsSlide } from './slides/CheckpointsSlide';
import { MapSlide } from './slides/MapSlide';
import { OvernightSlide } from './slides/OvernightSlide';
import type { SlideProps } from './slides/slideProps';
import { SitesSlide } from './slides/SitesSlide';
import { SweepSlide } from './slides/SweepSlide';
import { TasksSlide } from './slides/TasksSlide';
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
  const Slide = components[id];
  return <Slide {...props} />;
}
