/** What the deck gives every slide: its clock and a way to say the slide's data is in. */
export interface SlideProps {
  /** The deck's clock (minute ticks): slides compute "overnight", "today" and "now" from it. */
  now: number;
  /** Called when the slide shows its data (on the map slide: when the map is idle too). */
  onReady(): void;
}
