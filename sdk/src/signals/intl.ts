// The first Intl call in a fresh renderer starts ICU: a 30–100 ms task. Only `later` sources call
// it, once, and share the answer.
let options: Intl.ResolvedDateTimeFormatOptions | undefined;

export const getIntlOptions = () => {
  options ??= Intl.DateTimeFormat().resolvedOptions();
  return options;
};
