/**
 * The PIN every officer of the demo city signs in with (README, "Sign in"). Only the demo
 * seed and the demo data loader use it; a real station's officers set their own PINs.
 */
export const DEMO_PIN = '135790';
