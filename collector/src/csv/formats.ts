import { ecCubeFormat } from "./ec-cube-format.js";
import type { OrderFormat } from "./header.js";
import { shinsaFormat } from "./shinsa-format.js";

// Every layout we read, most specific first: an EC-CUBE header also has a 注文番号 our own
// layout would accept, so EC-CUBE must be asked first. Adding a cart: one file and one line here.
const FORMATS: Array<(header: readonly string[]) => OrderFormat | undefined> = [ecCubeFormat, shinsaFormat];

/** The layout of a file, from its header row alone; undefined when no column names an order id. */
export const detectFormat = (header: readonly string[]) =>
  FORMATS.reduce<OrderFormat | undefined>((found, format) => found ?? format(header), undefined);
