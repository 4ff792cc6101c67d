/** Japan's clock as browsers report it (`Date#getTimezoneOffset()`: minutes, behind UTC negative). JST has no daylight saving. */
export const JST_OFFSET_MINUTES = -540;

/** The hour of the day (0–23) in Japan at `at`. */
export const jstHour = (at: Date) => (at.getUTCHours() + 9) % 24;
