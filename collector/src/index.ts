export { createApp } from "./app.js";
export { type Database, type Db, openDatabase } from "./db/client.js";
export { migrate } from "./db/migrate.js";
export { type Config, parseConfig } from "./env.js";
